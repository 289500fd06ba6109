import type { Account, FactData } from '../schemas/fact';
import { datesInText } from '../model/date-reader';
import type { RecognitionContext } from '../recognition/recognise';
import { checkedAccount } from './checked-quotations';
import { draftedActors } from './drafted-actors';
import { draftedDate } from './drafted-date';
import { draftedNumbers } from './drafted-numbers';
import { draftedSetting } from './drafted-setting';
import { draftedWording } from './drafted-wording';
import type { LeftOutValue } from './left-out';
import { mentionSentences, type LinkedPassage, type MentionSentence } from './mention-sentences';

export type { LinkedPassage } from './mention-sentences';

/** What drafting reads of a fact: its id, kind, dates, rules and the accounts it already has. */
export interface DraftedFact {
  id: string;
  data: Pick<FactData, 'kind' | 'date' | 'recognise' | 'accounts'>;
}

/** The source an account is drafted for: its id, and what its dates are read against. */
export interface DraftSource {
  id: string;
  /** Publication date (YYYY-MM-DD) relative dates count from, when known. */
  published?: string;
  language?: string;
}

/**
 * Drafts the account a source gives of a fact from the passages that mention it: the date as written
 * and resolved (relative dates against the article's own date, marked inferred with the reasoning),
 * the setting, the actors, the characterising words and the numbers. Every value is words of the
 * passages, verbatim, so the quotation check verifies it like any account's. The account is marked
 * `review: drafted` until an editor accepts it. Undefined when the passages give nothing to compare.
 */
export function draftAccount(
  fact: DraftedFact,
  source: DraftSource,
  passages: readonly LinkedPassage[],
): Account | undefined {
  return draftAccountAndLeftOut(fact, source, passages).account;
}

/**
 * The drafted account (as `draftAccount`) and the values the drafter found but was unsure of, left
 * out of it: a date tied to the fact only by nearness, a subject not shown acting. The review lists
 * them beside the account ("left out: … because …").
 */
export function draftAccountAndLeftOut(
  fact: DraftedFact,
  source: DraftSource,
  passages: readonly LinkedPassage[],
): { account?: Account; leftOut: LeftOutValue[] } {
  if (passages.length === 0) return { leftOut: [] };
  const context: RecognitionContext = {
    ...(source.published ? { published: source.published } : {}),
    ...(source.language ? { language: source.language } : {}),
  };
  const sentences = mentionSentences(fact, passages, context);
  const dates = new Map<string, ReturnType<typeof datesInText>>();
  const dateSpans = (passage: string) => {
    let found = dates.get(passage);
    if (!found) {
      found = datesInText(passage, context);
      dates.set(passage, found);
    }
    return found;
  };
  const { date, leftOut: dateLeftOut } = draftedDate(
    { kind: fact.data.kind, ...(fact.data.date ? { date: fact.data.date } : {}) },
    sentences,
    context,
  );
  const setting = draftedSetting(sentences);
  const { actors, leftOut: actorsLeftOut } = draftedActors(sentences, dateSpans);
  const leftOut = [...(dateLeftOut ? [dateLeftOut] : []), ...actorsLeftOut];
  const wording = draftedWording(sentences);
  // Numbers that name what they count are read from every sentence of the linked passages: "the LDP
  // alone won 316 of 465 seats" tells the election's result without naming the election.
  const numbers = draftedNumbers(
    sentences,
    fact.data.accounts.filter((account) => account.source !== source.id),
    dateSpans,
    everySentence(passages, context.language),
    leftOut,
  );
  if (!date && !setting && actors.length === 0 && wording.length === 0 && numbers.length === 0) return { leftOut };
  const drafted: Account = {
    source: source.id,
    ...(date ? { date } : {}),
    ...(setting ? { setting } : {}),
    actors,
    numbers,
    wording,
    paragraphs: [...new Set(passages.map((passage) => `${source.id}#${passage.blockId}`))],
    review: 'drafted',
  };
  // The build checks every drafted value as a quotation of the source: one it would refuse is left out.
  const checked = checkedAccount(
    drafted,
    passages.map((passage) => ({ ref: `${source.id}#${passage.blockId}`, text: passage.text })),
  );
  return { ...(checked.account ? { account: checked.account } : {}), leftOut: [...leftOut, ...checked.leftOut] };
}

/** Every sentence of the passages, as drafting reads a mention sentence (with no word lists). */
function everySentence(passages: readonly LinkedPassage[], language = 'en'): MentionSentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return passages.flatMap((passage) =>
    [...segmenter.segment(passage.text)].map((segment) => ({
      blockId: passage.blockId,
      passage: passage.text,
      sentence: { start: segment.index, end: segment.index + segment.segment.length },
      lists: [],
    })),
  );
}
