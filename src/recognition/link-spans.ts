import type { Recognised } from './recognise';
import { positionSet, spanSet, type Span } from './span-set';

/** A stretch of text a link may cover: it must lie within one text node of the rendered page. */
export interface LinkSpan extends Span {
  factId: string;
}

/** Longest stretch, in characters, a link may cover when it joins all the matched words of a line. */
const MAX_JOINED = 60;

/**
 * Where to put the link of each recognised mention: the matched words joined into one phrase when
 * they are close ("alliance would “collapse”"), otherwise the first matched word or phrase that is
 * still free. Links never overlap each other or `taken` (existing links, `:nofact[…]`), and never
 * cross `boundaries` (the edges of text nodes, where formatting starts or ends). A mention whose
 * words are all taken gets no link of its own in that sentence.
 */
export function chooseLinkSpans(
  text: string,
  found: readonly Recognised[],
  taken: readonly Span[],
  boundaries: readonly number[],
): LinkSpan[] {
  const chosen: LinkSpan[] = [];
  const inert = spanSet(taken);
  const edges = positionSet(boundaries);
  const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // Every candidate lies in its mention's sentence, so a link can only clash with those of the same sentence.
  const bySentence = new Map<number, { links: LinkSpan[]; mentions: Recognised[] }>();
  for (const mention of found) {
    const entry = bySentence.get(mention.sentence.start) ?? { links: [], mentions: [] };
    entry.mentions.push(mention);
    bySentence.set(mention.sentence.start, entry);
  }
  for (const mention of found) {
    const here = bySentence.get(mention.sentence.start) ?? { links: [], mentions: [] };
    const othersWords = here.mentions.filter((other) => other !== mention).flatMap((other) => other.matched);
    const free = (span: Span) =>
      span.end > span.start &&
      !inert.overlaps(span) &&
      !edges.inside(span) &&
      !here.links.some((c) => overlap(span, c));
    const parts = [...mention.matched].sort((a, b) => a.start - b.start);
    const joined = closeQuote(text, { start: parts[0]?.start ?? 0, end: Math.max(...parts.map((p) => p.end)) });
    const candidates = [...(joined.end - joined.start <= MAX_JOINED ? [joined] : []), ...mention.matched];
    // Words another fact needs for its own link are left to it where this one has a choice.
    const span = candidates.find((c) => free(c) && !othersWords.some((w) => overlap(c, w))) ?? candidates.find(free);
    if (!span) continue;
    const link = { factId: mention.factId, start: span.start, end: span.end };
    here.links.push(link);
    chosen.push(link);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

/** `alliance would “collapse` becomes `alliance would “collapse”`: a quotation opened in a link closes in it. */
function closeQuote(text: string, span: Span): Span {
  const inside = text.slice(span.start, span.end);
  const next = text.charAt(span.end);
  const count = (char: string) => [...inside].filter((c) => c === char).length;
  const open =
    PAIRS.some(([opening, closing]) => next === closing && count(opening) > count(closing)) ||
    (next === '"' && count('"') % 2 === 1);
  return open ? { start: span.start, end: span.end + 1 } : span;
}
