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
