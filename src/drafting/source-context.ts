import type { ArticleData } from '../schemas/article';
import type { DraftSource } from './draft-account';

/**
 * What a drafted account's dates are read against: the article's publication date only when it is
 * known to the day (stated, or inferred exactly) — a date known only as a bound ("on or after 27
 * January") cannot resolve "on Tuesday" — and its language.
 */
export function draftSource(id: string, data: Pick<ArticleData, 'published' | 'language'>): DraftSource {
  const published =
    data.published.status === 'stated' || (data.published.status === 'inferred' && data.published.qualifier === 'exact')
      ? data.published.value
      : undefined;
  const language = data.language.status === 'not-stated' ? undefined : data.language.value;
  return { id, ...(published ? { published } : {}), ...(language ? { language } : {}) };
}
