import type { DatePrecision } from '../../model/dates';
import { datesInText } from '../../model/date-reader';
import type { WrittenBlock } from '../ids/block-ids';

/** How precisely a found date is known. */
export type FoundPrecision = DatePrecision;

/** A date (or relative date) found in the article text. */
export interface FoundDate {
  /** Paragraph it was found in. */
  blockId: string;
  /** The words as written, e.g. "on Tuesday" or "January 26, 2026". */
  asWritten: string;
  /**
   * `stated`: the text gives the date in full. `inferred`: part of it (the year, or all of it for
   * "next month") comes from the publication date. `unresolved`: relative, and no publication date
   * is known to count from.
   */
  status: 'stated' | 'inferred' | 'unresolved';
  /** YYYY, YYYY-MM or YYYY-MM-DD (for a week: its first day); absent when unresolved. */
  value?: string;
  precision: FoundPrecision;
  /** For inferred dates: how the value was derived. */
  reason?: string;
  /** Where the date's words start in the paragraph. */
  index: number;
  /** The sentence around the date, whole: the event it dates (quote it with `quotableExcerpt`). */
  sentence: string;
}

/**
 * Finds the dates in an article's paragraphs, including relative ones ("on Tuesday", "late last
 * year", "next month", "26日"), resolved against the publication date when it is known — with the
 * same reading of dates recognition uses (`datesInText`). Headings and the byline date nothing.
 */
export function findDates(
  blocks: readonly WrittenBlock[],
  publication: string | undefined,
  language = 'en',
): FoundDate[] {
  const found: FoundDate[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.role === 'byline') continue;
    for (const date of datesInText(block.text, { ...(publication ? { published: publication } : {}), language })) {
      found.push({
        blockId: block.id,
        asWritten: date.asWritten,
        index: date.index,
        status: date.status,
        ...(date.value ? { value: date.value } : {}),
        precision: date.precision,
        ...(date.reason ? { reason: date.reason } : {}),
        sentence: sentenceAt(block.text, date.index, language),
      });
    }
  }
  return found;
}

/** The sentence of a text that contains a position, trimmed to a readable length. */
function sentenceAt(text: string, index: number, language: string): string {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  for (const segment of segmenter.segment(text)) {
    if (index >= segment.index && index < segment.index + segment.segment.length) return segment.segment.trim();
  }
  return text.trim();
}
