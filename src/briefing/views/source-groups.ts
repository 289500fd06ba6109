import type { ArticleData } from '../../schemas/article';
import { formatDate } from '../../model/dates';
import { knownValue } from './labels';

/** Sources published in one month (or with no known date), for the sources page. */
export interface SourceGroup {
  /** The group's fragment on the sources page: `sources-2026-01`, or `sources-undated`. */
  id: string;
  /** "January 2026", or "Date not stated". */
  label: string;
  /** Its sources, newest first. */
  articleIds: string[];
}

/**
 * The sources by month of publication, newest month first, the undated last: a page that lists a
 * thousand sources stays readable, and every source keeps its own fragment inside its group. Dates the
 * briefing inferred count like stated ones here; the row itself says which they are.
 */
export function sourceGroups(
  sequence: readonly string[],
  articles: ReadonlyMap<string, { data: Pick<ArticleData, 'published'> }>,
): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const id of [...sequence].reverse()) {
    const published = knownValue(articles.get(id)?.data.published ?? { status: 'not-stated' });
    const month = published?.slice(0, 7);
    const key = month ?? 'undated';
    const group = groups.get(key) ?? {
      id: `sources-${key}`,
      label: month ? formatDate(month) : 'Date not stated',
      articleIds: [],
    };
    group.articleIds.push(id);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.id === 'sources-undated' ? 1 : b.id === 'sources-undated' ? -1 : b.id.localeCompare(a.id),
  );
}
