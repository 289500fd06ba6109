import { describe, expect, it } from 'vitest';
import { allDaySpan } from '../../src/briefing/views/export/all-day-span';

describe('allDaySpan', () => {
  it('covers a day: the end is the next day (iCalendar ends are exclusive)', () => {
    expect(allDaySpan('2026-02-08')).toEqual({ start: '2026-02-08', endExclusive: '2026-02-09' });
    expect(allDaySpan('2025-12-31')).toEqual({ start: '2025-12-31', endExclusive: '2026-01-01' });
    expect(allDaySpan('2024-02-28')).toEqual({ start: '2024-02-28', endExclusive: '2024-02-29' });
  });

  it('covers a range of days through its last day', () => {
    expect(allDaySpan('2026-01-26', '2026-01-27')).toEqual({ start: '2026-01-26', endExclusive: '2026-01-28' });
  });

  it('covers a whole month or year when that is all that is known', () => {
    expect(allDaySpan('2025-11')).toEqual({ start: '2025-11-01', endExclusive: '2025-12-01' });
    expect(allDaySpan('2025-12')).toEqual({ start: '2025-12-01', endExclusive: '2026-01-01' });
    expect(allDaySpan('1960')).toEqual({ start: '1960-01-01', endExclusive: '1961-01-01' });
  });

  it('covers ranges of months and years, and mixed precisions, through the whole of the last one', () => {
    expect(allDaySpan('2025-11', '2026-01')).toEqual({ start: '2025-11-01', endExclusive: '2026-02-01' });
    expect(allDaySpan('2021', '2025')).toEqual({ start: '2021-01-01', endExclusive: '2026-01-01' });
    expect(allDaySpan('2025-11', '2026-01-27')).toEqual({ start: '2025-11-01', endExclusive: '2026-01-28' });
  });
});
