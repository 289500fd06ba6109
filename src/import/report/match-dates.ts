import type { FactSummary } from './load-fact-summaries';
import { spanOf } from '../../model/dates';
import type { FoundDate } from './find-dates';

/**
 * The facts whose date could be the found date: their ranges overlap. Overlap rather than
 * containment, because sources date loosely: "late last year" (2025) is the date of a fact settled
 * as November 2025, and "on Tuesday" falls within a fact dated 26–27 January.
 */
export function factsCovering(found: FoundDate, facts: readonly FactSummary[]): string[] {
  if (!found.value) return [];
  const span = spanOf(found.value, found.precision);
  return facts
    .filter((fact) => {
      if (!fact.date) return false;
      const first = spanOf(fact.date.start).first;
      const last = spanOf(fact.date.end ?? fact.date.start).last;
      return span.first <= last && first <= span.last;
    })
    .map((fact) => fact.id);
}
