import { datesInText, type TextDate } from '../../model/date-reader';
import type { WrittenBlock } from '../ids/block-ids';

/**
 * A date (or relative date) found in the article text: the reader's own account of it (the words as
 * written, stated, inferred or unresolved, its value, precision and reason), where it stands, and the
 * sentence around it.
 */
export interface FoundDate extends Pick<TextDate, 'asWritten' | 'status' | 'value' | 'precision' | 'reason' | 'index'> {
  /** Paragraph it was found in. */
  blockId: string;
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
