/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

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
export function precisionOf(date: string): DatePrecision {
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
