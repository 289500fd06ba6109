import { describe, expect, it } from 'vitest';
import {
  datesCompatible,
  dayOfDate,
  formatDate,
  formatDateRange,
  isoDay,
  isRealDay,
  precisionOf,
  shiftDays,
  spanOf,
} from '../../src/model/dates';

describe('dates', () => {
  it.each([
    ['2026-01-26', 'day', '26 January 2026'],
    ['2025-11', 'month', 'November 2025'],
    ['1960', 'year', '1960'],
  ] as const)('%s is known to the %s', (date, precision, text) => {
    expect(precisionOf(date)).toBe(precision);
    expect(formatDate(date)).toBe(text);
  });

  it.each([
    ['2026-01-26', '2026-01-27', '26–27 January 2026'],
    ['2025-11', '2026-01', 'November 2025 – January 2026'],
    ['2021', '2025', '2021 – 2025'],
    ['2026-02-08', undefined, '8 February 2026'],
  ])('range %s…%s', (start, end, text) => {
    expect(formatDateRange(start, end)).toBe(text);
  });

  it('nested dates are compatible, different days are not', () => {
    expect(datesCompatible('2026-02', '2026-02-08')).toBe(true);
    expect(datesCompatible('2026-01-26', '2026-01-27')).toBe(false);
  });
});

describe('days and spans', () => {
  it('knows which days the calendar has', () => {
    expect(isRealDay('2026-02-28')).toBe(true);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2026-02-29')).toBe(false);
    expect(isRealDay('2026-13-01')).toBe(false);
    expect(isRealDay('2026-02')).toBe(false);
  });

  it('gives back the day a YAML date object was written as, and nothing for an invalid one', () => {
    expect(dayOfDate(new Date(Date.UTC(2026, 0, 27)))).toBe('2026-01-27');
    expect(dayOfDate(new Date('2026-01-27T23:30:00-05:00'))).toBe('2026-01-28');
    expect(dayOfDate(new Date('not a date'))).toBeUndefined();
  });

  it('writes a day from its parts', () => {
    expect(isoDay(2026, 1, 8)).toBe('2026-01-08');
  });

  it('spans a day, a week, a month and a year', () => {
    expect(spanOf('2026-01-27')).toEqual({ first: '2026-01-27', last: '2026-01-27' });
    expect(spanOf('2026-01-27', 'week')).toEqual({ first: '2026-01-27', last: '2026-02-02' });
    expect(spanOf('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(spanOf('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
  });

  it('moves a day across month and year ends', () => {
    expect(shiftDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
