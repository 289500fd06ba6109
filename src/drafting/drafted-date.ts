import type { Account } from '../schemas/fact';
import { datesInText, type TextDate } from '../model/date-reader';
import { dateWindow, fittingValue } from '../recognition/date-window';
import { lemmaOfWord, tagEnglish, type TaggedWord } from '../recognition/english-model';
import { hasCjk } from '../recognition/normalise';
import type { RecognitionContext } from '../recognition/recognise';
import { extractQuotations } from '../briefing/views/quotes';
import { isPageFurniture, withoutDateline } from '../model/page-furniture';
import type { LeftOutValue } from './left-out';
import type { MentionSentence } from './mention-sentences';

export interface DraftedDate {
  date?: Account['date'];
  /** A date that may be the fact's, left out because only nearness or another verb ties it to the fact. */
  leftOut?: LeftOutValue;
}

/**
 * The date a source gives for a fact: the first date of a mention sentence that stands in the clause
 * telling the fact and falls within the fact's dates. `asWritten` is the words of the text; a date
 * resolved from relative words or without its year ("on Tuesday", "next month", "February 8") is
 * marked inferred with the reasoning. A dateline's date, a caption's, a date inside quoted words and a
 * week ("last week") are no date of the fact, and an undated fact takes none. A date tied to the fact
 * only by nearness (an earlier sentence's) or standing by another verb ("Guo on Tuesday criticized
 * Takaichi's remarks") is not drafted but left out, with the reason, for the editor to judge.
 */
export function draftedDate(
  fact: { date?: { start: string; end?: string }; kind: string },
  sentences: readonly MentionSentence[],
  context: RecognitionContext,
): DraftedDate {
  if (!fact.date) return {};
  let leftOut: LeftOutValue | undefined;
  const window = dateWindow(fact.date, fact.kind);
  const read = new Map<string, TextDate[]>();
  const datesOf = (passage: string) => {
    let dates = read.get(passage);
    if (!dates) {
      dates = isPageFurniture(passage)
        ? []
        : datesInText(passage, context).filter(
            (date) => date.status !== 'unresolved' && date.precision !== 'week' && !setApart(passage, date),
          );
      read.set(passage, dates);
    }
    return dates;
  };
  for (const sentence of sentences) {
    const dates = datesOf(sentence.passage);
    const inSentence = dates.filter(
      (date) => date.index >= sentence.sentence.start && date.index < sentence.sentence.end,
    );
    // A date dates the clause it stands in: in “a spokesperson said on Wednesday that the remarks were
    // …”, Wednesday is the saying's, not the remarks'. Unsure, the account takes no date.
    const own =
      sentence.lists.length === 0
        ? inSentence
        : inSentence.filter((date) =>
            sameClause(sentence.passage, date, dates, sentence.lists, sentence.sentence.start),
          );
    const byOtherVerb = own.filter((date) => !byFactVerb(sentence, date));
    const fitting = (date: TextDate) => {
      const value = fittingValue(date, window);
      // “The 1960 treaty”: the article belongs to the sentence, not to the date.
      const asWritten = date.asWritten.trim().replace(/^the\s+/iu, '');
      return value && asWritten !== '' ? { asWritten, value } : undefined;
    };
    for (const date of own.filter((d) => !byOtherVerb.includes(d))) {
      const found = fitting(date);
      if (!found) continue;
      const reason = date.status === 'inferred' ? inferredReason(date, found.value) : undefined;
      return { date: { ...found, ...(reason ? { inferred: reason } : {}) } };
    }
    for (const date of byOtherVerb) {
      const found = fitting(date);
      if (found && !leftOut)
        leftOut = {
          field: 'date',
          value: found.asWritten,
          reason: `it stands by “${verbBy(sentence, date)?.text ?? ''}”, which is none of the fact’s words: it may date another act`,
          anotherAct: true,
        };
    }
    if (inSentence.length > 0) continue;
    const before = dates.filter((date) => date.index < sentence.sentence.start).at(-1);
    const found = before && fitting(before);
    if (found && !leftOut)
      leftOut = {
        field: 'date',
        value: found.asWritten,
        reason: 'it stands in an earlier sentence than the words that tell the fact: only nearness ties it to the fact',
      };
  }
  return leftOut ? { leftOut } : {};
}

/** Whether a date is no event's: a dateline's ("Beijing, Jan. 27 (Wire) --") or inside quoted words. */
function setApart(passage: string, date: { index: number }): boolean {
  if (date.index < passage.length - withoutDateline(passage).length) return true;
  return extractQuotations(passage).some(
    (quote) => date.index > quote.index && date.index < quote.index + quote.text.length + 2,
  );
}

/** The verb nearest a date within its clause (English): no punctuation or clause-opening word between them. */
function verbBy(sentence: MentionSentence, date: { index: number; end: number }): TaggedWord | undefined {
  const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
  if (hasCjk(text)) return undefined;
  const words = tagEnglish(text).map((word) => ({
    ...word,
    start: word.start + sentence.sentence.start,
    end: word.end + sentence.sentence.start,
  }));
  const first = words.findIndex((word) => word.start >= date.index);
  const last = words.findLastIndex((word) => word.end <= date.end);
  if (first === -1 || last === -1) return undefined;
  for (let distance = 1; distance <= 8; distance++) {
    for (const k of [first - distance, last + distance]) {
      const word = words[k];
      if (word?.pos !== 'VERB') continue;
      const between = k < first ? words.slice(k + 1, first) : words.slice(last + 1, k);
      if (!between.some((w) => w.pos === 'PUNCT' || w.pos === 'SCONJ')) return word;
    }
  }
  return undefined;
}

/**
 * Whether a date stands by one of the fact's words, or by no verb at all (an opening phrase: "During a
 * television programme on Monday night, she said…"): "Guo on Tuesday criticized the remarks" dates
 * the criticism, not the remarks. A verb that belongs to the fact's noun before it ("an election
 * scheduled for February") or announces what follows it ("announced a ban", when the ban is the
 * fact's word) is the fact's too.
 */
function byFactVerb(sentence: MentionSentence, date: { index: number; end: number }): boolean {
  if (sentence.lists.length === 0) return true;
  const verb = verbBy(sentence, date);
  if (verb === undefined || sentence.lists.some((hit) => hit.start < verb.end && verb.start < hit.end)) return true;
  const between = (from: number, to: number) => sentence.passage.slice(from, to);
  if (sentence.lists.some((hit) => hit.end <= verb.start && /^\s*$/u.test(between(hit.end, verb.start)))) return true;
  if (
    ANNOUNCING.has(lemmaOfWord(verb.text)) &&
    sentence.lists.some((hit) => hit.start >= verb.end && !/[,;:.!?]/u.test(between(verb.end, hit.start)))
  )
    return true;
  // Or by a word of the fact nearer than that verb ("asked during a news programme Monday").
  const gap = (a: { start: number; end: number }) => Math.max(a.start - date.end, date.index - a.end);
  return sentence.lists.some((hit) => gap(hit) < gap(verb));
}

/** Verbs whose object is the event itself: "announced an immediate ban", "imposed curbs", "ordered a review". */
const ANNOUNCING = new Set([
  'announce',
  'declare',
  'unveil',
  'introduce',
  'impose',
  'order',
  'approve',
  'adopt',
  'launch',
]);

/** Why a relative date was read as it was, in a sentence a reader can check (quoting the words as written). */
function inferredReason(date: TextDate, value: string): string {
  const base = date.reason ?? `“${date.asWritten}” — counted from the publication date`;
  return value === date.value
    ? `${base}, read as ${value}.`
    : `${base}; read as ${value}, the day of that name that fits the fact’s dates.`;
}

/** Where a sentence divides into clauses that tell events of their own: a comma or semicolon, a dash, or a word that opens a clause. */
const CLAUSE_BREAK = /[,;:]\s|\s[—–]\s|\s(?:that|after|before|when|while|because|which|who|whereas|as)\s/giu;

/**
 * Whether a date stands in a clause that tells the fact: one holding words of two of the fact's word
 * lists (a rule's combination, such as the minister and a verb of saying, or the deal and its
 * collapse) — or of the one list the sentence holds. “A spokesperson said on Wednesday that the deal
 * would collapse” holds only a verb of saying beside its date: the date is the saying's.
 */
function sameClause(
  passage: string,
  date: { index: number; end: number },
  dates: ReadonlyArray<{ index: number; end: number }>,
  words: ReadonlyArray<{ list: string; start: number; end: number }>,
  sentenceStart: number,
): boolean {
  // The comma of "February 3, 2026" divides nothing.
  const breaks = [...passage.matchAll(CLAUSE_BREAK)]
    .map((match) => match.index)
    .filter((at) => !dates.some((d) => at >= d.index && at < d.end));
  const clauseOf = (at: number) => breaks.filter((position) => position < at).length;
  let clauses = [clauseOf(date.index)];
  // A date set before its clause ("On February 3, 2026, the ministry will…") dates the clause after it.
  const opening = passage
    .slice(breaks[clauses[0]! - 1] ?? 0, breaks[clauses[0]!] ?? passage.length)
    .replace(passage.slice(date.index, date.end), '');
  // So does a sentence's opening phrase ("During a television programme on Monday night, she said…").
  const clauseStart = Math.max(sentenceStart, breaks[clauses[0]! - 1] ?? 0);
  if (
    /^[\s,;:—–-]*(?:(?:on|in|at|by|since|from|until|late|early|as of)\s*)*[\s,;:—–-]*$/iu.test(opening) ||
    (clauseStart === sentenceStart &&
      /^\s*(?:during|in|at|on|after|before|following|amid|throughout)\s/iu.test(
        passage.slice(sentenceStart, date.index),
      ))
  )
    clauses = [clauses[0]!, clauses[0]! + 1];
  const lists = new Set(words.filter((word) => clauses.includes(clauseOf(word.start))).map((word) => word.list));
  return lists.size >= Math.min(2, new Set(words.map((word) => word.list)).size);
}
