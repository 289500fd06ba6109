/** How precisely a date is known: content dates are written to the day, month or year; a text may also name a week. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** The precisions a date in a content file is written at (YYYY-MM-DD, YYYY-MM, YYYY): no week. */
export const WRITTEN_PRECISIONS = ['day', 'month', 'year'] as const satisfies readonly DatePrecision[];
export type WrittenPrecision = (typeof WRITTEN_PRECISIONS)[number];

/** A date as content files write it, at day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** First and last day (YYYY-MM-DD) of a stretch of time. */
export interface DaySpan {
  first: string;
  last: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The precision a partial date (YYYY, YYYY-MM, YYYY-MM-DD) is written at. */
export function precisionOf(date: string): WrittenPrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'year';
}

/** A partial date for readers: "26 January 2026", "November 2025", "2015". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** A date or range for readers, sharing what the two ends share: "26–27 January 2026". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(sm) - 1]} ${sy}`;
  if (sm && em && !sd && !ed && sy === ey) return `${MONTHS[Number(sm) - 1]}–${MONTHS[Number(em) - 1]} ${sy}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Whether two partial dates can refer to the same day (2026-01 and 2026-01-27 can; 2026-01-26 and -27 cannot). */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether YYYY-MM-DD names a day that exists (2026-02-30 does not). */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The day (YYYY-MM-DD, in UTC) a date object stands for, or undefined for an invalid one. YAML reads an
 * unquoted 2026-01-27 as midnight UTC of that day, so this gives back the day as it was written.
 */
export function dayOfDate(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD from calendar parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First and last day of a partial date (YYYY, YYYY-MM, YYYY-MM-DD); a week runs seven days from its first. */
export function spanOf(date: string, precision?: DatePrecision): DaySpan {
  const [year = '0000', month, day] = date.split('-');
  if (day && month) return { first: date, last: precision === 'week' ? shiftDays(date, 6) : date };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A YYYY-MM-DD day moved by a number of days. */
export function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
