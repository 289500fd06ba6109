import type { Account } from '../../schemas/fact';
import { compareAccounts, normalise, type Discrepancy } from './compare';
import { formatDate, precisionOf } from '../../model/dates';

/** One source's version of a detail, as a group lists it. */
export interface GroupMember {
  source: string;
  /** The version as the source writes it. */
  value: string;
  /** The account is drafted from the text, not yet reviewed. */
  drafted: boolean;
  /** Other outlets carrying the same wire story: they are counted with this source, once. */
  carriedBy: string[];
}

/** The sources that give one version of a detail ("26 January 2026 (Monday)": 14 sources). */
export interface ValueGroup {
  /** What the group's sources say, for readers: "26 January 2026 (Monday)", "a television interview". */
  label: string;
  /**
   * Every member's version was read from relative words ("on Sunday"): the label gives the words, then
   * what they were read as, so nothing inferred is shown as stated.
   */
  inferred: boolean;
  members: GroupMember[];
  /** Few enough sources to name in the line (an outlier); the majority and large groups collapse to a count that opens. */
  named: boolean;
}

/**
 * Where a difference stands: `confirmed` when the reviewed accounts alone already differ on the detail;
 * `unconfirmed` when it rests on accounts drafted from the text that no editor has reviewed yet.
 */
export type Standing = 'confirmed' | 'unconfirmed';

/** A difference between sources as a reader takes it in: versions grouped and counted, outliers named. */
export interface GroupedDiscrepancy {
  discrepancy: Discrepancy;
  standing: Standing;
  /** Largest first (ties in the order the sources come). */
  groups: ValueGroup[];
  /** Sources compared (a wire story counts once, by the outlet that tells it). */
  counted: number;
}

/** An outlier group (any but the largest) of at most this many sources names them in the line. */
export const NAMED_AT_MOST = 5;
/** The largest group names its sources only when this few give it; otherwise it is a count that opens. */
export const LARGEST_NAMED_AT_MOST = 3;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A resolved date as a group label: "26 January 2026 (Monday)"; months and years as they are. */
export function dateGroupLabel(value: string): string {
  if (precisionOf(value) !== 'day') return formatDate(value);
  return `${formatDate(value)} (${WEEKDAYS[new Date(`${value}T00:00:00Z`).getUTCDay()]})`;
}

/** How a version is compared and named: the key that groups equal versions, and the group's label. */
interface Reading {
  key: string;
  label: string;
  inferred: boolean;
}

/**
 * How a source's version of a detail is read for grouping: dates by the day they resolve to, settings as
 * compared (case and spacing aside), numbers by value and unit, any other detail — wording, or a field
 * compare.ts adds later — by its text as compared.
 */
function readingOf(
  discrepancy: Discrepancy,
  version: Discrepancy['versions'][number],
  account: Account | undefined,
): Reading {
  if (discrepancy.field === 'date' && account?.date) {
    const { value, inferred } = account.date;
    return { key: `date ${value}`, label: dateGroupLabel(value), inferred: Boolean(inferred) };
  }
  if (discrepancy.field === 'number' && account) {
    const number = account.numbers.find(
      (n) => n.label === discrepancy.label && normalise(n.asWritten) === normalise(version.value),
    );
    if (number)
      return { key: `number ${number.value} ${normalise(number.unit)}`, label: version.value, inferred: false };
  }
  return { key: `text ${normalise(version.value)}`, label: version.value, inferred: false };
}

/**
 * The readings of one source's version: one for most details; for characterising words one per word,
 * so that a source joins the group of every word it uses and each count says how widely a word is used.
 */
function readingsOf(
  discrepancy: Discrepancy,
  version: Discrepancy['versions'][number],
  account: Account | undefined,
): Array<{ reading: Reading; value: string }> {
  if (discrepancy.field === 'wording' && account && account.wording.length > 0) {
    return account.wording.map((word) => ({
      reading: { key: `word ${normalise(word)}`, label: `“${word}”`, inferred: false },
      value: `“${word}”`,
    }));
  }
  return [{ reading: readingOf(discrepancy, version, account), value: version.value }];
}

/**
 * Groups one difference's versions by what they say, largest group first (characterising words word by
 * word). `carriedBy` names the other
 * outlets of a source's wire story (the comparison already counts each story once).
 */
export function groupVersions(
  discrepancy: Discrepancy,
  accounts: readonly Account[],
  context: { drafted: ReadonlySet<string>; carriedBy: (source: string) => string[] },
): ValueGroup[] {
  const bySource = new Map(accounts.map((account) => [account.source, account]));
  const groups = new Map<string, { readings: Reading[]; members: GroupMember[]; values: string[] }>();
  for (const version of discrepancy.versions) {
    for (const { reading, value } of readingsOf(discrepancy, version, bySource.get(version.source))) {
      const group = groups.get(reading.key) ?? { readings: [], members: [], values: [] };
      if (group.members.some((member) => member.source === version.source)) continue;
      group.readings.push(reading);
      group.members.push({
        source: version.source,
        value,
        drafted: context.drafted.has(version.source),
        carriedBy: context.carriedBy(version.source),
      });
      if (!group.values.includes(value)) group.values.push(value);
      groups.set(reading.key, group);
    }
  }
  return [...groups.values()]
    .map(({ readings, members, values }) => {
      const inferred = readings.every((r) => r.inferred);
      const base = readings[0]?.label ?? '';
      return {
        label: inferred ? `${values.map((v) => `“${v}”`).join(' or ')}, read as ${base}` : base,
        inferred,
        members,
      };
    })
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.members.length - a.group.members.length || a.order - b.order)
    .map(({ group }, rank) => ({
      ...group,
      named: group.members.length <= (rank === 0 ? LARGEST_NAMED_AT_MOST : NAMED_AT_MOST),
    }));
}

/**
 * Which differences stand on reviewed accounts: a difference is confirmed when comparing the reviewed
 * accounts alone finds it too; otherwise it rests on drafted values and is unconfirmed until reviewed.
 */
export function standingOf(
  discrepancy: Pick<Discrepancy, 'field' | 'label'>,
  reviewedDifferences: readonly Pick<Discrepancy, 'field' | 'label'>[],
): Standing {
  return reviewedDifferences.some((d) => d.field === discrepancy.field && d.label === discrepancy.label)
    ? 'confirmed'
    : 'unconfirmed';
}

/**
 * A fact's differences as readers take them in: each with its versions grouped and counted and its
 * standing; confirmed differences keep their rank and come before unconfirmed ones.
 */
export function groupedComparison(
  discrepancies: readonly Discrepancy[],
  accounts: readonly Account[],
  context: { drafted: ReadonlySet<string>; carriedBy: (source: string) => string[] },
): GroupedDiscrepancy[] {
  const reviewed = compareAccounts(accounts.filter((account) => !context.drafted.has(account.source)));
  const grouped = discrepancies.map((discrepancy) => ({
    discrepancy,
    standing: standingOf(discrepancy, reviewed),
    groups: groupVersions(discrepancy, accounts, context),
    counted: discrepancy.versions.length,
  }));
  return [...grouped.filter((g) => g.standing === 'confirmed'), ...grouped.filter((g) => g.standing === 'unconfirmed')];
}
