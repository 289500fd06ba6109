import { shiftDays, spanOf, type WrittenPrecision } from '../../model/dates';
import type { TimelineEntry } from './graph';

/** One column of the timeline strip: the facts that share a date (or range), drawn at its precision. */
export interface StripColumn {
  /** `start` or `start/end`: what the column's facts share. */
  key: string;
  start: string;
  end?: string;
  precision: WrittenPrecision;
  facts: Array<{ factId: string; title: string }>;
  /** The dates each source gives when they cannot all be right (distinct values, in order). */
  conflictingValues: string[];
  /** Whole years between the previous column's end and this column's start, when more than one. */
  yearsBefore?: number;
}

/**
 * The timeline as a strip of columns in date order, one per distinct date or range, so that dates known
 * to the day, the month or only the year can be told apart at a glance, and conflicting dates stand out.
 * Long gaps (over a year) are marked rather than drawn to scale: a story's events cluster in weeks while
 * its background goes back decades.
 */
export function timelineStrip(
  entries: readonly Pick<TimelineEntry, 'factId' | 'title' | 'start' | 'end' | 'precision' | 'conflictingDates'>[],
): StripColumn[] {
  const columns: StripColumn[] = [];
  for (const entry of entries) {
    const key = entry.end ? `${entry.start}/${entry.end}` : entry.start;
    let column = columns.find((candidate) => candidate.key === key);
    if (!column) {
      column = {
        key,
        start: entry.start,
        end: entry.end,
        precision: entry.precision,
        facts: [],
        conflictingValues: [],
      };
      columns.push(column);
    }
    column.facts.push({ factId: entry.factId, title: entry.title });
    for (const version of entry.conflictingDates)
      if (!column.conflictingValues.includes(version.value)) column.conflictingValues.push(version.value);
  }
  columns.sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start));
  for (const [index, column] of columns.entries()) {
    const previous = columns[index - 1];
    if (!previous) continue;
    const years = Math.floor((firstDay(column.start) - lastDay(previous.end ?? previous.start)) / (365.25 * DAY));
    if (years >= 1) column.yearsBefore = years;
  }
  for (const column of columns) column.conflictingValues.sort();
  return columns;
}

/** A sentence describing the strip for readers who cannot see it. */
export function stripDescription(columns: readonly StripColumn[]): string {
  const facts = columns.reduce((sum, column) => sum + column.facts.length, 0);
  if (facts === 0) return 'No dated facts yet.';
  const count = (precision: WrittenPrecision) =>
    columns.filter((column) => column.precision === precision).reduce((sum, column) => sum + column.facts.length, 0);
  const known = (['day', 'month', 'year'] as const)
    .map((precision) => [precision, count(precision)] as const)
    .filter(([, n]) => n > 0)
    .map(
      ([precision, n], i) => `${n} ${i === 0 ? 'known ' : ''}${precision === 'year' ? 'only ' : ''}to the ${precision}`,
    );
  const conflicts = columns
    .filter((column) => column.conflictingValues.length > 1)
    .reduce((sum, column) => sum + column.facts.length, 0);
  const first = columns[0]!;
  const last = columns.at(-1)!;
  return `${facts} dated ${facts === 1 ? 'fact' : 'facts'} from ${first.start.slice(0, 4)} to ${(last.end ?? last.start).slice(0, 4)}: ${known.join(', ')}${conflicts > 0 ? `; the sources give conflicting dates for ${conflicts}` : ''}.`;
}

const DAY = 86_400_000;

/** First millisecond of a partial date (YYYY, YYYY-MM, YYYY-MM-DD), UTC. */
function firstDay(date: string): number {
  return Date.parse(`${spanOf(date).first}T00:00:00Z`);
}

/** First millisecond after a partial date: the end of its day, month or year. */
function lastDay(date: string): number {
  return Date.parse(`${shiftDays(spanOf(date).last, 1)}T00:00:00Z`);
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date or range short enough for a label under a mark: "26–27 Jan 2026", "Nov 2025", "2021–2025". */
export function shortDate(start: string, end?: string): string {
  const one = (date: string) => {
    const [year, month, day] = date.split('-');
    const name = month ? SHORT_MONTHS[Number(month) - 1] : undefined;
    return [day && String(Number(day)), name, year].filter(Boolean).join(' ');
  };
  if (!end || end === start) return one(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${SHORT_MONTHS[Number(sm) - 1]} ${sy}`;
  if (!sm && !em) return `${sy}–${ey}`;
  return `${one(start)}–${one(end)}`;
}
