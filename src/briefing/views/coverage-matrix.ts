import type { Backlink } from './graph';

/** Beyond this many sources a column per source no longer fits a screen: the matrix shows counts. */
export const MAX_MATRIX_SOURCES = 12;

/** One fact's row of the coverage matrix. */
export interface CoverageRow {
  factId: string;
  /** Paragraphs mentioning the fact, per source, in the order of `sourceIds` (matrix mode only). */
  paragraphs: number[];
  /** How many sources mention the fact. */
  sources: number;
  /** The one source that mentions it, when only one of several does. */
  only?: string;
}

export interface CoverageMatrix {
  /** `matrix`: a column per source; `counts`: one bar per fact (too many sources for columns). */
  mode: 'matrix' | 'counts';
  /** The sources, in column order. */
  sourceIds: string[];
  rows: CoverageRow[];
  /** The most paragraphs any one source gives any one fact (to scale the marks). */
  maxParagraphs: number;
}

/** Which source mentions which fact, and how much: the data of the facts page's coverage picture. */
export function coverageMatrix(
  factIds: readonly string[],
  sourceIds: readonly string[],
  backlinks: ReadonlyMap<string, readonly Pick<Backlink, 'articleId'>[]>,
  maxColumns = MAX_MATRIX_SOURCES,
): CoverageMatrix {
  const mode = sourceIds.length <= maxColumns ? 'matrix' : 'counts';
  let maxParagraphs = 0;
  const rows = factIds.map((factId) => {
    const perSource = new Map<string, number>();
    for (const link of backlinks.get(factId) ?? [])
      perSource.set(link.articleId, (perSource.get(link.articleId) ?? 0) + 1);
    const paragraphs = mode === 'matrix' ? sourceIds.map((id) => perSource.get(id) ?? 0) : [];
    maxParagraphs = Math.max(maxParagraphs, ...perSource.values());
    const mentioning = sourceIds.filter((id) => perSource.has(id));
    return {
      factId,
      paragraphs,
      sources: mentioning.length,
      only: mentioning.length === 1 && sourceIds.length > 1 ? mentioning[0] : undefined,
    };
  });
  return { mode, sourceIds: [...sourceIds], rows, maxParagraphs };
}

/** The size class (1–3) of a matrix mark: one paragraph, a few, or the most a source gives any fact. */
export function markSize(paragraphs: number, maxParagraphs: number): 0 | 1 | 2 | 3 {
  if (paragraphs <= 0) return 0;
  if (paragraphs === 1 || maxParagraphs <= 1) return 1;
  return paragraphs >= Math.max(3, Math.ceil(maxParagraphs * 0.75)) ? 3 : 2;
}
