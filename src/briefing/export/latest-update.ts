import type { FactGraph } from '../graph';
import { updatesFrom } from '../updates';

/**
 * The day of the briefing's latest update: the newest `added` date of its sources. Exports and the
 * calendar date themselves by it instead of the build time, so that a rebuild gives the same bytes.
 */
export function latestUpdate(graph: Pick<FactGraph, 'articles'>): string | undefined {
  return updatesFrom([...graph.articles.values()])[0]?.date;
}
