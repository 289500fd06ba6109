import type { ArticleData } from '../../schemas/article';

/** One update of the briefing: the day sources were added, and which. */
export interface Update {
  date: string;
  articleIds: string[];
}

/** Groups sources by the day they were added, newest first. */
export function updatesFrom(articles: ReadonlyArray<{ id: string; data: Pick<ArticleData, 'added'> }>): Update[] {
  const byDay = new Map<string, string[]>();
  for (const article of articles) {
    const list = byDay.get(article.data.added) ?? [];
    list.push(article.id);
    byDay.set(article.data.added, list);
  }
  return [...byDay.entries()]
    .map(([date, articleIds]) => ({ date, articleIds: articleIds.sort() }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Sources added since the update before the latest one (the "new" badge on fact pages). */
export function addedInLatestUpdate(updates: readonly Update[]): Set<string> {
  if (updates.length < 2) return new Set();
  return new Set(updates[0]?.articleIds ?? []);
}
