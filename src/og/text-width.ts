/**
 * A rough, font-independent estimate of how wide a string sets, in ems.
 *
 * Satori measures text exactly, but only while it renders; to choose a title
 * size and to truncate long text *before* rendering we need a cheap guess.
 * The per-character widths below are deliberately a little generous for a
 * bold serif, so that text the estimate says fits really does fit.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** CJK ideographs, kana, Hangul, full-width forms, emoji and flags: about one em each. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const NARROW = /[ijlfrtI.,:;'’‘!|()[\]]/;
const BROAD = /[A-HJ-Zmw—@%&]/;

/** Splits text into user-perceived characters, so "が" or an emoji never splits. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** Estimated advance width of one grapheme, in ems. */
export function graphemeWidthEm(grapheme: string): number {
  if (WIDE.test(grapheme)) return 1;
  if (/\s/.test(grapheme)) return 0.27;
  if (NARROW.test(grapheme)) return 0.32;
  if (BROAD.test(grapheme)) return 0.74;
  return 0.54;
}

/** Estimated width of a whole string, in ems. */
export function estimateWidthEm(text: string): number {
  return splitGraphemes(text).reduce((sum, grapheme) => sum + graphemeWidthEm(grapheme), 0);
}
