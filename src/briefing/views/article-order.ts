import type { ArticleData } from '../../schemas/article';
import { knownValue } from './labels';

/**
 * The order in which a reader goes through the sources: by publication date where it is known
 * (stated or inferred), oldest first; undated sources after the dated ones; then by the day the
 * briefing added them, then by id, so the order is the same on every build.
 */
export function articleSequence(
  articles: Iterable<{ id: string; data: Pick<ArticleData, 'published' | 'added'> }>,
): string[] {
  return [...articles]
    .map((article) => ({ id: article.id, published: knownValue(article.data.published), added: article.data.added }))
    .sort((a, b) => {
      if (a.published !== b.published) {
        if (a.published === undefined) return 1;
        if (b.published === undefined) return -1;
        return a.published.localeCompare(b.published);
      }
      return a.added.localeCompare(b.added) || a.id.localeCompare(b.id);
    })
    .map((article) => article.id);
}

/** The sources before and after one source in the reading order. */
export function neighbours(sequence: readonly string[], id: string): { previous?: string; next?: string } {
  const index = sequence.indexOf(id);
  if (index === -1) throw new Error(`neighbours: "${id}" is not in the sequence of sources.`);
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}

/**
 * A window of the reading order around one source, for a list of sources beside an article that
 * stays short however many sources the briefing has: at most `size` ids, the current one among them,
 * and how many are left out before and after.
 */
export function sourceWindow(
  sequence: readonly string[],
  id: string,
  size = 7,
): { ids: string[]; before: number; after: number } {
  const index = sequence.indexOf(id);
  if (index === -1) throw new Error(`sourceWindow: "${id}" is not in the sequence of sources.`);
  if (sequence.length <= size) return { ids: [...sequence], before: 0, after: 0 };
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), sequence.length - size);
  return { ids: sequence.slice(start, start + size), before: start, after: sequence.length - start - size };
}
