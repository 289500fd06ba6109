import { extractQuotations } from '../briefing/quotes';
import { isPageFurniture, withoutDateline } from '../import/clean/page-furniture';

/** A date the importer found that no fact covers, with where it stands. */
export interface CandidateDate {
  blockId: string;
  asWritten: string;
  /** Where the date's words start in the paragraph. */
  index: number;
  value?: string;
}

/** Why a dated passage gives no draft fact. */
export type NotAnEvent = 'dateline' | 'caption, credit or label' | 'background history' | 'quoted words';

/** How far before the story's own date an event counts as background rather than news: a year. */
const BACKGROUND_YEARS = 1;

/**
 * Whether a date the source gives marks a new event worth a draft fact, or why not: the date of a
 * dateline ("TOKYO, Jan 29 (Harbour Wire) -"), a photo caption or credit, a byline or section label
 * is no event; nor is background history, an event more than a year before the source's publication
 * (the first pandas' arrival in 1972, the party's founding in 1955); nor a date inside quoted words
 * (“I'm quitting today” is what someone said, not when something happened).
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
  if (published && date.value) {
    const year = Number(published.slice(0, 4)) - BACKGROUND_YEARS;
    const cutoff = `${year}${published.slice(4)}`;
    if (date.value.length === 4 ? Number(date.value) < year : date.value < cutoff.slice(0, date.value.length))
      return 'background history';
  }
  return undefined;
}
