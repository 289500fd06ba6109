import { lemmaOfWord, readEnglish } from './english-model';
import { halfWidth } from '../model/half-width';
import { hasCjk, isAcronym, normaliseCjk, normaliseWord } from './normalise';

/** One token of a text, with the forms it is compared in. */
export interface Token {
  /** Offsets in the text (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  /**
   * `word`: letters or digits. `gap`: spaces, hyphens, dashes, quotes and apostrophes, which a phrase
   * may run across ("rare-earth" is "rare earth", `would “collapse”` is "would collapse"). `break`:
   * other punctuation, which ends a phrase.
   */
  kind: 'word' | 'gap' | 'break';
  /** Normalised text (see `normaliseWord`, or `normaliseCjk` for CJK tokens). */
  norm: string;
  /** Every form a phrase word may meet it in: the normalised word and its dictionary form. */
  keys: readonly string[];
  /** Written as an acronym ("US", "U.S.", "TV"). */
  acronym: boolean;
  /** Written with a possessive "'s" in the same token ("Japan’s" where the segmenter keeps it whole). */
  possessive: boolean;
  /** Chinese, Japanese or Korean script: compared as a string. */
  cjk: boolean;
  /** Index of its sentence. */
  sentence: number;
}

/** A text cut into tokens and sentences. */
export interface TokenisedText {
  tokens: Token[];
  /** Sentences as offsets in the text. */
  sentences: Array<{ start: number; end: number }>;
}

const GAP = /^[\s\-‐‑‒–—―'"“”‘’„‟«»「」『』〈〉《》`´]+$|^['’]s$/u;

/**
 * Cuts a text into tokens and sentences. English is read with wink-nlp, for its sentence boundaries
 * and lemmas; other languages, and any text with CJK script, with the platform's word segmentation
 * (`Intl.Segmenter`, dictionary-based for Japanese and Chinese).
 */
export function tokenise(text: string, language: string | undefined): TokenisedText {
  const cjk = hasCjk(text);
  // A paragraph with no CJK script in a Japanese, Chinese or Korean article is in English (a quoted
  // headline, a caption), as is text in no stated language.
  const english = !cjk && (!language || /^(en|ja|zh|ko)(-|$)/u.test(language));
  return english ? tokeniseEnglish(text) : tokeniseSegmented(text, language ?? (cjk ? 'ja' : 'en'));
}

function tokeniseEnglish(text: string): TokenisedText {
  const { words, sentences: spans } = readEnglish(text);
  const tokens: Token[] = [];
  const sentences: TokenisedText['sentences'] = [];
  let cursor = 0;
  spans.forEach(([first, last], s) => {
    const from = cursor;
    for (let i = first; i <= last; i++) {
      const word = words[i];
      if (word === undefined) continue;
      const start = text.indexOf(word, cursor);
      // The model gives every token back as written; should one ever differ, it is left out.
      if (start < 0) continue;
      cursor = start + word.length;
      pushWord(tokens, word, start, s, true);
    }
    sentences.push({ start: from, end: cursor });
  });
  if (sentences.length === 0) sentences.push({ start: 0, end: text.length });
  return { tokens, sentences };
}

function tokeniseSegmented(text: string, language: string): TokenisedText {
  const locale = safeLocale(language);
  const sentences: TokenisedText['sentences'] = [];
  for (const part of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    sentences.push({ start: part.index, end: part.index + part.segment.length });
  }
  if (sentences.length === 0) sentences.push({ start: 0, end: text.length });
  const tokens: Token[] = [];
  let s = 0;
  for (const part of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    while (s < sentences.length - 1 && part.index >= (sentences[s]?.end ?? 0)) s++;
    if (hasCjk(part.segment)) {
      const norm = normaliseCjk(halfWidth(part.segment));
      tokens.push({
        start: part.index,
        end: part.index + part.segment.length,
        kind: 'word',
        norm,
        keys: [norm],
        acronym: false,
        possessive: false,
        cjk: true,
        sentence: s,
      });
    } else {
      pushWord(tokens, part.segment, part.index, s, false);
    }
  }
  return { tokens, sentences };
}

/** What a written token is, remembered per distinct token: news repeats its words. */
type Reading = Pick<Token, 'kind' | 'norm' | 'keys' | 'acronym' | 'possessive'>;
const readings = new Map<string, Reading>();
const MAX_READINGS = 100_000;

/** Adds one written token; a hyphenated word ("anti-Japan") becomes its parts with the hyphen as a gap. */
function pushWord(tokens: Token[], value: string, start: number, sentence: number, english: boolean): void {
  const pieces = /[\p{L}\p{N}][-‐‑][\p{L}\p{N}]/u.test(value) ? value.split(/([-‐‑])/u) : [value];
  let offset = start;
  for (const piece of pieces) {
    if (piece === '') continue;
    const end = offset + piece.length;
    tokens.push({ start: offset, end, ...readingOf(piece, english), cjk: false, sentence });
    offset = end;
  }
}

function readingOf(piece: string, english: boolean): Reading {
  const key = english ? piece : `\u0000${piece}`;
  let reading = readings.get(key);
  if (reading) return reading;
  if (GAP.test(piece)) reading = { kind: 'gap', norm: piece, keys: [], acronym: false, possessive: false };
  else if (!/[\p{L}\p{N}]/u.test(piece))
    reading = { kind: 'break', norm: piece, keys: [], acronym: false, possessive: false };
  else {
    const norm = normaliseWord(halfWidth(piece));
    const keys = new Set([norm]);
    if (english) keys.add(normaliseWord(lemmaOfWord(piece)));
    reading = { kind: 'word', norm, keys: [...keys], acronym: isAcronym(piece), possessive: /['’]s$/u.test(piece) };
  }
  if (readings.size < MAX_READINGS) readings.set(key, reading);
  return reading;
}

function safeLocale(language: string): string {
  try {
    return Intl.Segmenter.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    return 'en';
  }
}
