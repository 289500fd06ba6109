import * as chrono from 'chrono-node';
import { isoDay, isRealDay } from '../../model/dates';

/**
 * The day a text states in full ("Jan 27, 2026", "27 January 2026", "2026-01-27"), or undefined when
 * it names no complete date: a date whose year or day would have to be guessed is not stated.
 */
export function statedDay(text: string): string | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/u.exec(text)?.[1];
  if (iso) return isRealDay(iso) ? iso : undefined;
  for (const result of chrono.strict.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const value = isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (isRealDay(value)) return value;
  }
  return undefined;
}

/** A date line is short: a date, perhaps a time and zone, and a word such as "Published" or "Updated". */
const MAX_DATE_LINE_LENGTH = 80;
const MAX_OTHER_WORDS = 3;

/**
 * Whether a line only dates the article ("Jan. 29, 2026 18:30 JST", "Updated 28 January 2026"): a
 * complete stated day and at most a few other words. Such a line under a headline is the article's
 * date line, not an event it reports.
 */
export function isDateLine(text: string): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length > MAX_DATE_LINE_LENGTH || statedDay(line) === undefined) return false;
  const rest = chrono.strict.parse(line).reduce((left, result) => left.replace(result.text, ' '), line);
  return (rest.match(/\p{L}+/gu) ?? []).length <= MAX_OTHER_WORDS;
}
