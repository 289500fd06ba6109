import { shiftDays, spanOf, type DaySpan } from '../model/dates';
import type { TextDate } from '../model/date-reader';

/** When a fact happened, as recognition uses it: the days a dated mention must fall within. */
export interface DateWindow extends DaySpan {
  /** An article published before this day cannot be writing about the fact. */
  earliestArticle: string;
  /**
   * The days a sentence about the fact may be dated in: the window itself, and for an event also the
   * weeks before it, when it is called, announced and campaigned for ("the election, called on 27
   * January"). A sentence dated only outside this span is about something else.
   */
  mentions: DaySpan;
}

/**
 * Events can be written about ahead of time (an election is announced weeks before the vote);
 * statements, measures and the rest only once they have happened.
 */
const LEAD_DAYS = { event: 92, other: 1 } as const;

/** How long before an event sentences about its run-up (the call, the campaign) are still about it. */
const RUN_UP_DAYS = 31;

/**
 * The window of a fact from its date (`start`, `end`, each YYYY, YYYY-MM or YYYY-MM-DD). A day-precise
 * window is widened by a day either side: a remark made late on Monday in Tokyo is Monday in Europe
 * and reported "on Tuesday" in the next morning's paper.
 */
export function dateWindow(date: { start: string; end?: string }, kind: string): DateWindow {
  const first = spanOf(date.start).first;
  const last = spanOf(date.end ?? date.start).last;
  const dayPrecise = date.start.length === 10;
  const window = dayPrecise ? { first: shiftDays(first, -1), last: shiftDays(last, 1) } : { first, last };
  const event = kind === 'event';
  return {
    ...window,
    earliestArticle: shiftDays(first, -(event ? LEAD_DAYS.event : LEAD_DAYS.other)),
    mentions: event ? { first: shiftDays(window.first, -RUN_UP_DAYS), last: window.last } : window,
  };
}

/** Whether a date in the text could be a day within the window. */
export function fallsWithin(date: TextDate, window: DaySpan): boolean {
  return fittingValue(date, window) !== undefined;
}

/**
 * What the date means when it falls within the window: its value, or — for a weekday that fits only
 * as the other reading ("Sunday" in a Monday paper, of an election held the Sunday after) — that day.
 */
export function fittingValue(date: TextDate, window: DaySpan): string | undefined {
  const fits = (span: DaySpan) => span.first <= window.last && window.first <= span.last;
  const [likely, ...others] = date.couldBe;
  if (likely && fits(likely)) return date.value;
  return others.find(fits)?.first;
}

/** Whether a date in the text is resolved at all (relative dates without a publication date are not). */
export function isResolved(date: TextDate): boolean {
  return date.couldBe.length > 0;
}
