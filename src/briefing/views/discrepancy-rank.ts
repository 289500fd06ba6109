import type { Discrepancy } from './compare';

/**
 * How much a difference between sources matters to a reader. A `conflict` is a date, a number or a
 * setting on which the sources cannot all be right; `wording` is the same fact told in other words.
 */
export type DiscrepancyWeight = 'conflict' | 'wording';

/** Conflicts first — dates, then numbers, then settings — and differences in wording last. */
const FIELD_ORDER: Record<Discrepancy['field'], number> = { date: 0, number: 1, setting: 2, wording: 3 };

/** Whether a difference is a conflict of fact or one of wording. */
export function weightOf(discrepancy: Pick<Discrepancy, 'field'>): DiscrepancyWeight {
  return discrepancy.field === 'wording' ? 'wording' : 'conflict';
}

/** The differences in the order a reader should meet them: conflicts of fact before wording (stable). */
export function rankDiscrepancies<T extends Pick<Discrepancy, 'field'>>(discrepancies: readonly T[]): T[] {
  return discrepancies
    .map((discrepancy, index) => ({ discrepancy, index }))
    .sort((a, b) => FIELD_ORDER[a.discrepancy.field] - FIELD_ORDER[b.discrepancy.field] || a.index - b.index)
    .map(({ discrepancy }) => discrepancy);
}

/** What a fact's flag says: the strongest difference and the details that conflict (none when they agree). */
export interface DifferenceFlag {
  weight: DiscrepancyWeight;
  /** Short label for the flag, e.g. "Sources differ on the date and a number", "Worded differently". */
  label: string;
}

/** The one flag a fact carries in lists: a conflict names its details; wording alone is marked as such. */
export function differenceFlag(
  discrepancies: readonly Pick<Discrepancy, 'field' | 'label'>[],
): DifferenceFlag | undefined {
  const conflicts = rankDiscrepancies(discrepancies).filter((d) => weightOf(d) === 'conflict');
  if (conflicts.length > 0) {
    const details = conflicts.map((d) => (d.field === 'number' ? `the ${d.label}` : `the ${d.field}`));
    return { weight: 'conflict', label: `Sources differ on ${joinWords(details)}` };
  }
  return discrepancies.length > 0 ? { weight: 'wording', label: 'Worded differently' } : undefined;
}

/**
 * Every difference of a briefing in reading order, each with its fact: all conflicting dates, then
 * numbers, then settings, then differences of wording; facts keep their order within each.
 */
export function rankedAcrossFacts<F, D extends Pick<Discrepancy, 'field'>>(
  facts: ReadonlyArray<{ fact: F; discrepancies: readonly D[] }>,
): Array<{ fact: F; discrepancy: D; weight: DiscrepancyWeight }> {
  const all = facts.flatMap(({ fact, discrepancies }) =>
    discrepancies.map((discrepancy) => ({
      fact,
      discrepancy,
      field: discrepancy.field,
      weight: weightOf(discrepancy),
    })),
  );
  return rankDiscrepancies(all).map(({ fact, discrepancy, weight }) => ({ fact, discrepancy, weight }));
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
