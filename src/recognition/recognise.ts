import type { Recognisers, FactRecogniser, CompiledLine } from './compile-recognisers';
import { lookupKeys, matchCueAt } from './cue';
import { shiftDays } from '../model/dates';
import { datesInText, type TextDate } from '../model/date-reader';
import { fallsWithin, fittingValue, isResolved } from './date-window';
import type { MentionReason } from '../schemas/article-block';
import { patternMatches } from './patterns';
import { spanSet, type Span } from './span-set';
import { hasCjk } from './normalise';
import { tokenise, type TokenisedText } from './tokens';

/** What a text is read against: its article's publication date and language (from frontmatter). */
export interface RecognitionContext {
  /** YYYY-MM-DD, when known. */
  published?: string;
  /** BCP 47 tag, when known. */
  language?: string;
  /** The article's headline as the source printed it: read first, it sets the article's topic (see `recogniseArticle`). */
  headline?: string;
  /**
   * The text is a headline ("Takaichi says …"): it reports the news of the day, so where it writes no
   * date, a rule's `date` is met by the day it was published or the day before.
   */
  newsOfTheDay?: boolean;
}

export type { Span } from './span-set';

/** Where a cue matched, and for which part of the line. */
export interface MatchedCue extends Span {
  list: string;
  words: string;
}

/** A fact recognised in one sentence of a text. */
export interface Recognised {
  factId: string;
  /** The sentence, as offsets in the text. */
  sentence: Span;
  /** Why (see `MentionReason`). */
  reason: MentionReason;
  /** The matched words with their offsets, one per part of the line (the span a link may cover). */
  matched: MatchedCue[];
}

interface CueHit extends Span {
  cue: number;
}

/**
 * Finds the facts a text mentions, one result per fact and sentence. A sentence mentions a fact when
 * every part of one of its `match` lines is in it (or one of its patterns matches there), none of its
 * `not` words is, and — for a dated fact — the sentence's dates (or, if it has none, those of the
 * nearest sentence before it) leave room for the fact's window. An article published before a fact
 * could be written about does not mention it. Text in `excluded` spans (links, `:nofact[…]`) is not read.
 *
 * Time grows linearly with the text: every token is compared with the few cues indexed under its
 * forms, and patterns run on RE2.
 */
export function recognise(
  text: string,
  recognisers: Recognisers,
  context: RecognitionContext = {},
  excluded: readonly Span[] = [],
  /** The text already cut (`tokenise(text, context.language)`), when the caller has it. */
  tokenised: TokenisedText = tokenise(text, context.language),
): Recognised[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const skipped = spanSet(excluded);
  const hits = findCueHits(tokenised, recognisers, skipped);
  // Dates are read only once some rule needs them, and kept by sentence.
  let dates: SentenceDates | undefined;
  const datesBySentence = () => {
    dates ??= sentenceDates(datesInText(text, context).filter(isResolved), tokenised);
    return dates;
  };

  // Only facts one of whose words is in the text, or that have patterns, can be mentioned in it.
  const candidates = new Set<number>();
  for (const sentence of hits.values())
    for (const cue of sentence.keys()) for (const f of recognisers.users.get(cue) ?? []) candidates.add(f);
  recognisers.facts.forEach((fact, f) => {
    if (fact.patterns.length > 0) candidates.add(f);
  });

  const found: Recognised[] = [];
  // Each fact's mentions, sentence by sentence, before the dates decide (a date may belong to another's).
  const pending: Array<{
    fact: FactRecogniser;
    sentence: { start: number; end: number };
    s: number;
    candidate: { by: 'rule' | 'pattern'; rule: string; matched: MatchedCue[]; date?: TextDate };
    /** How far a date is written from the words that matched (characters), and whether that is near. */
    distance: (date: TextDate) => number;
    near: (date: TextDate) => boolean;
    claims: TextDate[];
  }> = [];
  for (const f of [...candidates].sort((a, b) => a - b)) {
    const fact = recognisers.facts[f];
    if (!fact) continue;
    if (fact.datesDecide && fact.window && context.published && context.published < fact.window.earliestArticle)
      continue;
    const patternHits = new Map<number, MatchedCue & { pattern: string }>();
    for (const pattern of fact.patterns) {
      for (const span of patternMatches(pattern, text)) {
        const s = sentenceAt(tokenised, span.start);
        if (patternHits.has(s) || skipped.overlaps(span)) continue;
        patternHits.set(s, {
          ...span,
          list: 'pattern',
          words: text.slice(span.start, span.end),
          pattern: pattern.written,
        });
      }
    }
    tokenised.sentences.forEach((sentence, s) => {
      const here = hits.get(s);
      if (fact.not.some((cue) => here?.has(cue))) return;
      const patternHit = patternHits.get(s);
      const candidate =
        lineHolding(fact, here, s, datesBySentence) ??
        (patternHit
          ? {
              by: 'pattern' as const,
              rule: patternHit.pattern,
              matched: [
                { start: patternHit.start, end: patternHit.end, list: patternHit.list, words: patternHit.words },
              ],
            }
          : undefined);
      if (!candidate) return;
      // Background is named, not glimpsed: a context fact needs more than one word of its rules.
      if (fact.kind === 'context' && wordCount(candidate.matched) < 2) return;
      const distance = (d: TextDate) =>
        Math.min(...candidate.matched.map((cue) => gapBetween({ start: d.index, end: d.end }, cue)));
      const near = (d: TextDate) => distance(d) <= NEAR_CUE;
      const window = fact.datesDecide ? fact.window : undefined;
      // The dates near its words that fit its window are this mention's: they date no other in the sentence.
      const claims = window
        ? datesBySentence()
            .in(s)
            .filter((d) => near(d) && fallsWithin(d, window.mentions))
        : [];
      pending.push({ fact, sentence, s, candidate, distance, near, claims });
    });
  }
  for (const { fact, sentence, s, candidate, distance, near } of pending) {
    let date = 'date' in candidate ? candidate.date : undefined;
    if (fact.datesDecide && fact.window) {
      const window = fact.window;
      // A date of the sentence decides only when it is written near the words that matched: one at
      // the far end of a long sentence ("… after taking office last October") dates something else,
      // as does one that dates another mention written nearer it ("her November answer"). A sentence
      // with no date of its own is set in the time of the sentences before it.
      const own = datesBySentence().in(s);
      const another = (d: TextDate) =>
        pending.some(
          (other) =>
            other.s === s && other.fact !== fact && other.claims.includes(d) && other.distance(d) < distance(d),
        );
      // A date that ends a span ("will keep the curbs until the end of March") says how long it lasts, not when it happened.
      const deciding = (
        own.length > 0 ? own.filter((d) => near(d) && !another(d)) : datesBySentence().inOrBefore(s)
      ).filter((d) => !d.until);
      if (deciding.length > 0) {
        if (!deciding.some((d) => fallsWithin(d, window.mentions))) continue;
        date ??= deciding.find((d) => fallsWithin(d, window));
      }
    }
    const value = date && fact.window ? fittingValue(date, fact.window) : date?.value;
    found.push({
      factId: fact.factId,
      sentence,
      matched: candidate.matched,
      reason: {
        fact: fact.factId,
        by: candidate.by,
        rule: candidate.rule,
        cues: candidate.matched.map(({ list, words }) => ({ list, words })),
        ...(date ? { date: { asWritten: date.asWritten, ...(value ? { value } : {}) } } : {}),
      },
    });
  }
  // In text order: by sentence, then by the first matched word.
  const at = (mention: Recognised) => Math.min(...mention.matched.map((m) => m.start));
  return found.sort((a, b) => a.sentence.start - b.sentence.start || at(a) - at(b));

  function lineHolding(
    fact: FactRecogniser,
    here: Map<number, CueHit[]> | undefined,
    s: number,
    sentenceDates: () => SentenceDates,
  ): { by: 'rule'; rule: string; matched: MatchedCue[]; date?: TextDate } | undefined {
    if (!here) return undefined;
    for (const line of fact.lines) {
      const result = partsOf(line, fact, here, s, sentenceDates);
      if (result) return { by: 'rule', rule: line.written, ...result };
    }
    return undefined;
  }

  function partsOf(
    line: CompiledLine,
    fact: FactRecogniser,
    here: Map<number, CueHit[]>,
    s: number,
    sentenceDates: () => SentenceDates,
  ): { matched: MatchedCue[]; date?: TextDate } | undefined {
    const matched: MatchedCue[] = [];
    let date: TextDate | undefined;
    // Word parts first: they are cheap, and dates are read only when the words are all there.
    for (const part of line.parts) {
      if (part.date) continue;
      let first: CueHit | undefined;
      for (const cue of part.cues) {
        const hit = here.get(cue)?.[0];
        if (hit && (!first || hit.start < first.start)) first = hit;
      }
      if (!first) return undefined;
      matched.push({ start: first.start, end: first.end, list: part.name, words: text.slice(first.start, first.end) });
    }
    if (line.parts.some((part) => part.date)) {
      const window = fact.window;
      const written = sentenceDates().in(s);
      date = window ? written.find((d) => fallsWithin(d, window)) : undefined;
      if (!date && window && written.length === 0 && context.newsOfTheDay && context.published) {
        const day = publicationDay(context.published);
        if (fallsWithin(day, window)) return { matched, date: day };
      }
      if (!date) return undefined;
      matched.push({ start: date.index, end: date.end, list: 'date', words: text.slice(date.index, date.end) });
    }
    return { matched, ...(date ? { date } : {}) };
  }
}

/** The day a headline reports: its publication, or the day before (a headline is written as the news breaks, or the morning after). */
function publicationDay(published: string): TextDate {
  return {
    index: 0,
    end: 0,
    asWritten: 'the day of the headline',
    status: 'inferred',
    value: published,
    precision: 'day',
    reason: `a headline without a date reports the news of the day it was published (${published}) or the day before`,
    couldBe: [{ first: shiftDays(published, -1), last: published }],
  };
}

/** Every cue found in the text, by sentence and cue: sentence → cue → hits in text order. */
function findCueHits(
  tokenised: TokenisedText,
  recognisers: Recognisers,
  skipped: ReturnType<typeof spanSet>,
): Map<number, Map<number, CueHit[]>> {
  const bySentence = new Map<number, Map<number, CueHit[]>>();
  const { tokens } = tokenised;
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const tried = new Set<number>();
    for (const key of lookupKeys(token)) {
      for (const cue of recognisers.index.get(key) ?? []) {
        if (tried.has(cue)) continue;
        tried.add(cue);
        const definition = recognisers.cues[cue];
        if (!definition) continue;
        const after = matchCueAt(tokens, i, definition);
        if (after < 0) continue;
        const hit = { cue, start: token.start, end: tokens[after - 1]?.end ?? token.end };
        if (skipped.overlaps(hit)) continue;
        const sentence = bySentence.get(token.sentence) ?? new Map<number, CueHit[]>();
        bySentence.set(token.sentence, sentence);
        const list = sentence.get(cue) ?? [];
        list.push(hit);
        sentence.set(cue, list);
      }
    }
  });
  return bySentence;
}

/** The sentence a position of the text is in (binary search over the sentences' starts). */
export function sentenceAt(tokenised: TokenisedText, offset: number): number {
  const { sentences } = tokenised;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many words the matched cues hold: words of a phrase each count, and a CJK phrase counts a word per two characters. */
function wordCount(matched: readonly MatchedCue[]): number {
  let count = 0;
  for (const cue of matched) {
    const words = cue.words.match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const word of words) count += hasCjk(word) ? Math.ceil(word.length / 2) : 1;
  }
  return count;
}

/** Characters between a date and a matched word within which the date is taken to date that word's event. */
export const NEAR_CUE = 50;

/** The characters between two stretches of text (0 when they touch or overlap). */
export function gapBetween(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

interface SentenceDates {
  /** The dates written in sentence `s`. */
  in(s: number): readonly TextDate[];
  /**
   * The dates of sentence `s`, or if it has none, of the nearest sentence before it that has some:
   * the time a sentence without its own date is set in.
   */
  inOrBefore(s: number): readonly TextDate[];
}

function sentenceDates(dates: readonly TextDate[], tokenised: TokenisedText): SentenceDates {
  const bySentence = new Map<number, TextDate[]>();
  for (const date of dates) {
    const s = sentenceAt(tokenised, date.index);
    const list = bySentence.get(s);
    if (list) list.push(date);
    else bySentence.set(s, [date]);
  }
  const dated = [...bySentence.keys()].sort((a, b) => a - b);
  return {
    in: (s) => bySentence.get(s) ?? [],
    inOrBefore: (s) => {
      // The last dated sentence at or before s (binary search).
      let low = 0;
      let high = dated.length - 1;
      let found: number | undefined;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const d = dated[middle] ?? 0;
        if (d <= s) {
          found = d;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found === undefined ? [] : (bySentence.get(found) ?? []);
    },
  };
}
