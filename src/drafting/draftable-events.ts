import { extractQuotations } from '../briefing/views/quotes';
import { isPageFurniture, withoutDateline } from '../model/page-furniture';
import { shiftDays, spanOf } from '../model/dates';
import { clauseOf } from './draft-fact';
import { draftAccountAndLeftOut, type DraftedFact, type DraftSource } from './draft-account';

/** A date the importer found that no fact covers, with where it stands. */
export interface CandidateDate {
  blockId: string;
  asWritten: string;
  /** Where the date's words start in the paragraph. */
  index: number;
  value?: string;
  /** The sentence giving the date, when known: its clause says whether something happened then. */
  sentence?: string;
}

/** Why a dated passage gives no draft fact. */
export type NotAnEvent =
  'dateline' | 'caption, credit or label' | 'background history' | 'quoted words' | 'expectation or plan';

/**
 * Words of what is expected, hoped or only possible, before the date in its clause: "discussions were
 * expected later in the day", "a session expected on Feb. 18 would allow…", "talks could resume on
 * Monday"; not "said on April 2 it would extend…", which dates the saying. A scheduled event ("will
 * open a review on February 16", "a meeting planned for March 15") is still an event.
 */
const EXPECTATION =
  /\b(?:expect|expects|expected|expecting|expectations?|likely|unlikely|may|might|could|hopes?|hoped|hoping|aims?|aimed|intends?|intended|plans? to|planned to|considering|possibly|reportedly)\b|見通し|予定|方針|見込み|可能性/iu;

/** How far before the story's own date an event counts as background rather than news: a year. */
const BACKGROUND_YEARS = 1;

/**
 * Whether a date the source gives marks a new event worth a draft fact, or why not: the date of a
 * dateline ("TOKYO, Jan 29 (Harbour Wire) -"), a photo caption or credit, a byline or section label
 * is no event; nor is background history, an event more than a year before the source's publication
 * (the first pandas' arrival in 1972, the party's founding in 1955); nor a date inside quoted words
 * (“I'm quitting today” is what someone said, not when something happened); nor a date in a clause
 * of expectations or plans (“further talks were expected later in the day”).
 */
export function notAnEvent(
  date: CandidateDate,
  paragraph: string,
  published: string | undefined,
): NotAnEvent | undefined {
  if (isPageFurniture(paragraph)) return 'caption, credit or label';
  const datelineLength = paragraph.length - withoutDateline(paragraph).length;
  if (date.index < datelineLength) return 'dateline';
  if (
    extractQuotations(paragraph).some(
      (quote) => date.index > quote.index && date.index < quote.index + quote.text.length + 2,
    )
  )
    return 'quoted words';
  if (date.sentence && EXPECTATION.test(wordsBefore(clauseOf(date.sentence, date.asWritten), date.asWritten)))
    return 'expectation or plan';
  if (published && date.value) {
    const year = Number(published.slice(0, 4)) - BACKGROUND_YEARS;
    const cutoff = `${year}${published.slice(4)}`;
    if (date.value.length === 4 ? Number(date.value) < year : date.value < cutoff.slice(0, date.value.length))
      return 'background history';
  }
  return undefined;
}

/** A clause's words before the date: “said on April 2 it would extend…” dates the saying, not what would come. */
function wordsBefore(clause: string, dateWords: string): string {
  const at = clause.indexOf(dateWords);
  return at === -1 ? clause : clause.slice(0, at);
}

/** How many days after a fact's date a dated reaction in a passage linked to it still belongs to it: the day after an election, its losers' press conference. */
const AFTERMATH_DAYS = 2;

/**
 * The known fact a dated passage is an account of, if any: the import links the passage to the fact
 * (it names its actors or topic, or carries it on), and the date falls within the fact's dates or up
 * to two days after them. Such a date is the fact's, or a reaction to it, never a new fact (the
 * account is drafted from the passage already).
 */
export function coveringFact(
  date: { blockId: string; value?: string },
  linked: ReadonlyArray<{ factId: string; paragraphIds: readonly string[] }>,
  facts: ReadonlyArray<{ id: string; data: { date?: { start: string; end?: string } } }>,
): string | undefined {
  if (!date.value) return undefined;
  const first = spanOf(date.value).first;
  return linked.find((mention) => {
    if (!mention.paragraphIds.includes(date.blockId)) return false;
    const range = facts.find((fact) => fact.id === mention.factId)?.data.date;
    if (!range) return false;
    const last = shiftDays(spanOf(range.end ?? range.start).last, AFTERMATH_DAYS);
    return first >= spanOf(range.start).first && first <= last;
  })?.factId;
}

/**
 * Whether a date that a linked fact's dates cover tells another act all the same: drafting that fact's
 * account from the passage leaves the date out as standing by a verb none of the fact's words ("the
 * spokesperson on Tuesday criticized the prime minister's remarks" dates the criticism, not the
 * remarks the fact is about). Such a date is a new event's, whatever fact its day falls in.
 */
export function datesAnotherAct(
  date: { blockId: string; asWritten: string },
  passage: string,
  linked: readonly DraftedFact[],
  source: DraftSource,
): boolean {
  const asWritten = date.asWritten.trim().replace(/^the\s+/iu, '');
  return (
    linked.length > 0 &&
    linked.every((fact) =>
      draftAccountAndLeftOut(fact, source, [{ blockId: date.blockId, text: passage }]).leftOut.some(
        (item) => item.field === 'date' && item.anotherAct === true && item.value === asWritten,
      ),
    )
  );
}
