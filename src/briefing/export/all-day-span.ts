/** The days a partial date or range covers, in iCalendar's terms: first day, and the day after the last. */
export interface AllDaySpan {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** The day after the last day covered, YYYY-MM-DD (iCalendar's DTEND of an all-day event is exclusive). */
  endExclusive: string;
}

/**
 * The all-day span of a date at day, month or year precision, or of a range of them: `2026-01-26`–`-27`
 * covers two days, `2025-11` the whole of November, `2021`–`2025` five whole years.
 */
export function allDaySpan(start: string, end?: string): AllDaySpan {
  return { start: firstDay(start), endExclusive: dayAfterLast(end ?? start) };
}

function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function dayAfterLast(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  // Date.UTC rolls over (month 13, day 32) into the next year or month, which is exactly "the day after".
  const next =
    day !== undefined && month !== undefined
      ? Date.UTC(year, month - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return new Date(next).toISOString().slice(0, 10);
}
