import type { ArticleData } from '../../schemas/article';
import { formatDate } from '../../model/dates';

/** One part of the one-line account of a source: its text and where the value comes from. */
export interface SourceLinePart {
  field: 'publisher' | 'published';
  /** What the reader sees, e.g. "Global Leaders Insights", "on or after 27 January 2026", "Publisher not stated". */
  text: string;
  status: 'stated' | 'inferred' | 'not-stated';
}

/**
 * Who published a source and when, in one line above the article: each part says whether the source
 * states it, the briefing inferred it (the page marks it so) or the source does not say.
 */
export function sourceLine(data: Pick<ArticleData, 'publisher' | 'published'>): SourceLinePart[] {
  const publisher = data.publisher;
  const published = data.published;
  const prefix =
    published.status === 'inferred' && published.qualifier !== 'exact'
      ? published.qualifier === 'on-or-after'
        ? 'on or after '
        : 'on or before '
      : '';
  return [
    {
      field: 'publisher',
      status: publisher.status,
      text: publisher.status === 'not-stated' ? 'Publisher not stated' : publisher.value,
    },
    {
      field: 'published',
      status: published.status,
      text: published.status === 'not-stated' ? 'Date not stated' : `${prefix}${formatDate(published.value)}`,
    },
  ];
}

/** How many of a source's metadata fields are inferred or not stated: the caveats behind the disclosure. */
export function provenanceCounts(
  data: Pick<ArticleData, 'title' | 'publisher' | 'byline' | 'published' | 'url' | 'language'>,
): { inferred: number; notStated: number } {
  const fields = [data.title, data.publisher, data.byline, data.published, data.url, data.language];
  return {
    inferred: fields.filter((field) => field.status === 'inferred').length,
    notStated: fields.filter((field) => field.status === 'not-stated').length,
  };
}
