import type { Account } from '../schemas/fact';
import { datesInText, type TextDate } from '../recognition/dates-in-text';
import { dateWindow, fittingValue } from '../recognition/date-window';
import type { RecognitionContext } from '../recognition/recognise';
import type { MentionSentence } from './mention-sentences';

/**
 * The date a source gives for a fact: the first date of a mention sentence (or, when the sentence has
 * none, of the nearest dated sentence before it in the passage, the time it is set in) that falls
 * within the fact's dates. `asWritten` is the words of the text; a date resolved from relative words
 * or without its year ("on Tuesday", "next month", "February 8") is marked inferred with the
 * reasoning. A week ("last week") is no date an account can give, and an undated fact takes none.
 */
export function draftedDate(
  fact: { date?: { start: string; end?: string }; kind: string },
  sentences: readonly MentionSentence[],
  context: RecognitionContext,
): Account['date'] | undefined {
  if (!fact.date) return undefined;
  const window = dateWindow(fact.date, fact.kind);
  const read = new Map<string, TextDate[]>();
  const datesOf = (passage: string) => {
    let dates = read.get(passage);
    if (!dates) {
      dates = datesInText(passage, context).filter((date) => date.status !== 'unresolved' && date.precision !== 'week');
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
        : inSentence.filter((date) => sameClause(sentence.passage, date, dates, sentence.lists));
    if (inSentence.length > 0 && own.length === 0) continue;
    const before = dates.filter((date) => date.index < sentence.sentence.start);
    const candidates = own.length > 0 ? own : before.slice(-1);
    for (const date of candidates) {
      const value = fittingValue(date, window);
      if (!value) continue;
      // “The 1960 treaty”: the article belongs to the sentence, not to the date.
      const asWritten = date.asWritten.trim().replace(/^the\s+/iu, '');
      if (asWritten === '') continue;
      const reason = date.status === 'inferred' ? inferredReason(date, value) : undefined;
      return { asWritten, value, ...(reason ? { inferred: reason } : {}) };
    }
  }
  return undefined;
}

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
  if (/^[\s,;:—–-]*(?:(?:on|in|at|by|since|from|until|late|early|as of)\s*)*[\s,;:—–-]*$/iu.test(opening))
    clauses = [clauses[0]!, clauses[0]! + 1];
  const lists = new Set(words.filter((word) => clauses.includes(clauseOf(word.start))).map((word) => word.list));
  return lists.size >= Math.min(2, new Set(words.map((word) => word.list)).size);
}
