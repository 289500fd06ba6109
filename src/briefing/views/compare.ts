import type { Account } from '../../schemas/fact';
import { slugify } from '../../model/anchors';
import { datesCompatible } from '../../model/dates';

/** A detail on which the sources give versions that cannot all be right, or that frame it differently. */
export interface Discrepancy {
  /** Which detail differs. */
  field: 'date' | 'setting' | 'number' | 'wording';
  /** Readable name of the detail, e.g. "distance from Japan to Taiwan". */
  label: string;
  /** Each source's version, as it writes it. */
  versions: Array<{ source: string; value: string; note?: string }>;
  /** For a number: the values the sources give, in a comparable unit, smallest first ("315 or 316 seats"). */
  values?: { amounts: number[]; unit: string };
}

/**
 * Compares the accounts of one fact across sources. Dates differ when they cannot name the same time
 * (2026-02 and 2026-02-08 agree; 26 and 27 January do not); settings and numbers when both sources give
 * them and they are not the same; wording when the sources share none of their characterising words.
 * Only sources that give a detail take part in its comparison.
 */
export function compareAccounts(accounts: readonly Account[]): Discrepancy[] {
  const found: Discrepancy[] = [];

  const dated = accounts.filter((a) => a.date);
  if (dated.some((a) => dated.some((b) => !datesCompatible(a.date!.value, b.date!.value)))) {
    found.push({
      field: 'date',
      label: 'date',
      versions: dated.map((a) => ({
        source: a.source,
        value: a.date!.asWritten,
        note: a.date!.inferred ? `read as ${a.date!.value}: ${a.date!.inferred}` : a.date!.value,
      })),
    });
  }

  const set = accounts.filter((a) => a.setting);
  if (new Set(set.map((a) => normalise(a.setting!))).size > 1) {
    found.push({
      field: 'setting',
      label: 'setting',
      versions: set.map((a) => ({ source: a.source, value: a.setting! })),
    });
  }

  // Numbers are compared by what they count: "Liberal Democratic Party seats" and "LDP seats" side by side.
  const subjects = [...new Set(accounts.flatMap((a) => a.numbers.map((n) => numberSubjectKey(n.label))))].sort();
  for (const subject of subjects) {
    const given = accounts.flatMap((a) =>
      a.numbers.filter((n) => numberSubjectKey(n.label) === subject).map((n) => ({ source: a.source, number: n })),
    );
    const units = new Set(given.map((g) => g.number.unit));
    const amounts = [...new Set(given.map((g) => g.number.value))].sort((a, b) => a - b);
    if (new Set(given.map((g) => `${g.number.value} ${g.number.unit}`)).size > 1) {
      found.push({
        field: 'number',
        label: given[0]?.number.label ?? subject,
        versions: given.map((g) => ({ source: g.source, value: g.number.asWritten })),
        ...(units.size === 1 ? { values: { amounts, unit: [...units][0] as string } } : {}),
      });
    }
  }

  const worded = accounts.filter((a) => a.wording.length > 0);
  if (worded.length > 1) {
    const sets = worded.map((a) => new Set(a.wording.map(normalise)));
    const shared = [...(sets[0] ?? [])].filter((word) => sets.every((s) => s.has(word)));
    if (shared.length === 0) {
      found.push({
        field: 'wording',
        label: 'characterising words',
        versions: worded.map((a) => ({ source: a.source, value: a.wording.map((w) => `“${w}”`).join(', ') })),
      });
    }
  }
  return found;
}

/**
 * What a number's label counts, as compared across sources: lower case, with a name of several
 * capitalised words read as its initials ("Liberal Democratic Party seats" and "LDP seats" are both
 * "ldp seats") and the governing parties' names as one ("ruling coalition seats" and "ruling bloc
 * seats"), so one subject's numbers meet whatever name each source gives it.
 */
export function numberSubjectKey(label: string): string {
  const named = label
    .normalize('NFC')
    .replace(/\b(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\s+){1,5}\p{Lu}[\p{Ll}\p{Lu}'’-]*\b/gu, (name) =>
      name
        .split(/\s+/u)
        .map((word) => word[0])
        .join(''),
    );
  // One group, many names: "ruling coalition", "governing bloc", "ruling parties" count the same seats.
  return normalise(named).replace(/\b(?:ruling|governing) (?:coalition|bloc|parties|camp)\b/gu, 'ruling bloc');
}

/** The amounts the sources give for one subject, told in a few words: "315 or 316 seats". */
export function numberDisagreement(discrepancy: Pick<Discrepancy, 'values'>): string | undefined {
  if (!discrepancy.values) return undefined;
  const { amounts, unit } = discrepancy.values;
  const listed = amounts.length <= 2 ? amounts.join(' or ') : `${amounts.slice(0, -1).join(', ')} or ${amounts.at(-1)}`;
  return unit === '%' ? `${listed}%` : `${listed} ${unit}`;
}

/** Text as compared across sources: Unicode NFC, lower case, one kind of apostrophe, single spaces. */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Sources that mention a fact, and whether only one does. */
export function coverage(
  sourcesMentioning: readonly string[],
  allSources: readonly string[],
): {
  sources: string[];
  only?: string;
} {
  const sources = allSources.filter((id) => sourcesMentioning.includes(id));
  return { sources, only: sources.length === 1 && allSources.length > 1 ? sources[0] : undefined };
}

/** The stable id of a discrepancy on a page: `differ-<fact>-<detail>` (numbers add their label). */
export function discrepancyId(factId: string, discrepancy: Pick<Discrepancy, 'field' | 'label'>): string {
  const detail = discrepancy.field === 'number' ? `number-${slugify(discrepancy.label)}` : discrepancy.field;
  return `differ-${factId}-${detail}`;
}
