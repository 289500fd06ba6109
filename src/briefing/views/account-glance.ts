import type { Account } from '../../schemas/fact';
import { normalise, type Discrepancy } from './compare';

/** One source's account of a fact, reduced to what a reader compares at a glance. */
export interface GlanceRow {
  source: string;
  date?: { asWritten: string; value: string; inferred?: string; differs: boolean };
  setting?: { text: string; differs: boolean };
  numbers: Array<{ label: string; asWritten: string; differs: boolean }>;
  /** The source's characterising words; `shared` when another source uses the same words. */
  words: Array<{ text: string; shared: boolean }>;
}

/**
 * How each source tells a fact, side by side: the date, setting and numbers each gives (marked where
 * they conflict with another source's) and the words it uses (marked where another source shares them).
 */
export function accountGlance(accounts: readonly Account[], discrepancies: readonly Discrepancy[]): GlanceRow[] {
  const differs = (field: Discrepancy['field'], source: string, label?: string) =>
    discrepancies.some(
      (d) =>
        d.field === field && (label === undefined || d.label === label) && d.versions.some((v) => v.source === source),
    );
  return accounts.map((account) => {
    const others = new Set(
      accounts.filter((other) => other !== account).flatMap((other) => other.wording.map(normalise)),
    );
    return {
      source: account.source,
      date: account.date && { ...account.date, differs: differs('date', account.source) },
      setting:
        account.setting === undefined
          ? undefined
          : { text: account.setting, differs: differs('setting', account.source) },
      numbers: account.numbers.map((n) => ({
        label: n.label,
        asWritten: n.asWritten,
        differs: differs('number', account.source, n.label),
      })),
      words: account.wording.map((text) => ({ text, shared: others.has(normalise(text)) })),
    };
  });
}
