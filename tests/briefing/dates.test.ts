import { describe, expect, it } from 'vitest';
import { datesCompatible, formatDate, formatDateRange, precisionOf } from '../../src/briefing/dates';

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
