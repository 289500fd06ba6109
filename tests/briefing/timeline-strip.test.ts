import { describe, expect, it } from 'vitest';
import { shortDate, stripDescription, timelineStrip } from '../../src/briefing/views/timeline-strip';
import { precisionOf } from '../../src/model/dates';

const entry = (factId: string, start: string, end?: string, conflicting: string[] = []) => ({
  factId,
  title: `Title of ${factId}`,
  start,
  end,
  precision: precisionOf(start),
  conflictingDates: conflicting.map((value, i) => ({
    source: `s${i}`,
    asWritten: value,
    value,
    review: 'reviewed' as const,
  })),
});

describe('timelineStrip', () => {
  const strip = timelineStrip([
    entry('treaty', '1960'),
    entry('remarks', '2026-01-26', '2026-01-27', ['2026-01-27', '2026-01-26']),
    entry('diet', '2025-11'),
    entry('protests', '2025-11'),
    entry('election', '2026-02-08'),
  ]);

  it('puts facts sharing a date in one column, in date order, at the precision of the date', () => {
    expect(
      strip.map((column) => `${column.key}:${column.precision}:${column.facts.map((f) => f.factId).join('+')}`),
    ).toEqual([
      '1960:year:treaty',
      '2025-11:month:diet+protests',
      '2026-01-26/2026-01-27:day:remarks',
      '2026-02-08:day:election',
    ]);
  });

  it('carries the conflicting dates, sorted, and marks gaps of a year or more', () => {
    expect(strip[2]?.conflictingValues).toEqual(['2026-01-26', '2026-01-27']);
    expect(strip[1]?.yearsBefore).toBe(64);
    expect(strip[2]?.yearsBefore).toBeUndefined();
    expect(strip[0]?.yearsBefore).toBeUndefined();
  });

  it('describes itself in a sentence', () => {
    expect(stripDescription(strip)).toBe(
      '5 dated facts from 1960 to 2026: 2 known to the day, 2 to the month, 1 only to the year; the sources give conflicting dates for 1.',
    );
    expect(stripDescription([])).toBe('No dated facts yet.');
  });
});

describe('shortDate', () => {
  it('writes each precision and range compactly', () => {
    expect(shortDate('2026-01-26')).toBe('26 Jan 2026');
    expect(shortDate('2026-01-26', '2026-01-27')).toBe('26–27 Jan 2026');
    expect(shortDate('2025-11')).toBe('Nov 2025');
    expect(shortDate('2025-11', '2026-01')).toBe('Nov 2025–Jan 2026');
    expect(shortDate('2021', '2025')).toBe('2021–2025');
    expect(shortDate('1960', '1960')).toBe('1960');
  });
});
