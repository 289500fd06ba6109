import { shiftDays, spanOf } from '../../../model/dates';

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
  return { start: spanOf(start).first, endExclusive: shiftDays(spanOf(end ?? start).last, 1) };
}
