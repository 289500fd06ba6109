import { describe, expect, it } from 'vitest';
import { compareAccounts } from '../../src/briefing/views/compare';
import {
  dateGroupLabel,
  groupedComparison,
  LARGEST_NAMED_AT_MOST,
  NAMED_AT_MOST,
} from '../../src/briefing/views/grouped-comparison';
import { draftedSources } from '../../src/briefing/views/review-state';
import { factData } from '../support/content-builders';

const accounts = (list: unknown[]) => factData({ accounts: list }).accounts;
const onMonday = (source: string, extra: object = {}) => ({
  source,
  date: { asWritten: 'on 26 January', value: '2026-01-26' },
  ...extra,
});
const grouped = (list: unknown[], carriedBy: Record<string, string[]> = {}) => {
  const given = accounts(list);
  return groupedComparison(compareAccounts(given), given, {
    drafted: draftedSources(given),
    carriedBy: (source) => carriedBy[source] ?? [],
  });
};

describe('groupedComparison', () => {
  it('groups dates by the day they name, largest group first, however each source words it', () => {
    const [date] = grouped([
      onMonday('a'),
      { source: 'b', date: { asWritten: 'Monday, January 26', value: '2026-01-26' } },
      { source: 'c', date: { asWritten: '27 January', value: '2026-01-27' } },
      onMonday('d'),
      {
        source: 'e',
        date: { asWritten: 'on Sunday', value: '2026-01-25', inferred: 'The Sunday before publication.' },
      },
    ]);
    expect(date?.counted).toBe(5);
    expect(date?.groups.map((g) => [g.label, g.members.map((m) => m.source)])).toEqual([
      ['26 January 2026 (Monday)', ['a', 'b', 'd']],
      ['27 January 2026 (Tuesday)', ['c']],
      ['“on Sunday”, read as 25 January 2026 (Sunday)', ['e']],
    ]);
  });

  it('names the outliers and collapses the majority and large groups to a count', () => {
    const on = (value: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({ source: `${value}-${i}`, date: { asWritten: value, value } }));
    const [date] = grouped([
      ...on('2026-01-26', NAMED_AT_MOST + 3),
      ...on('2026-01-27', NAMED_AT_MOST),
      ...on('2026-01-28', NAMED_AT_MOST + 1),
      ...on('2026-01-25', 1),
    ]);
    expect(date?.groups.map((g) => [g.members.length, g.named])).toEqual([
      [NAMED_AT_MOST + 3, false],
      [NAMED_AT_MOST + 1, false],
      [NAMED_AT_MOST, true],
      [1, true],
    ]);
    const [small] = grouped([...on('2026-01-26', LARGEST_NAMED_AT_MOST), ...on('2026-01-27', 1)]);
    expect(small?.groups.map((g) => g.named)).toEqual([true, true]);
  });

  it('groups numbers by value and unit, and settings as compared', () => {
    const ships = (source: string, asWritten: string, value: number, setting: string) => ({
      source,
      setting,
      numbers: [{ label: 'ships', asWritten, value, unit: 'ships' }],
    });
    const found = grouped([
      ships('a', 'four ships', 4, 'TV interview'),
      ships('b', '4 ships', 4, 'tv interview'),
      ships('c', 'six ships', 6, 'radio show'),
    ]);
    expect(
      found.map((g) => [g.discrepancy.field, g.groups.map((group) => group.members.map((m) => m.source))]),
    ).toEqual([
      ['setting', [['a', 'b'], ['c']]],
      ['number', [['a', 'b'], ['c']]],
    ]);
  });

  it('groups characterising words word by word, so each count says how many sources use a word', () => {
    const [wording] = grouped([
      { source: 'a', wording: ['collapse', 'warned'] },
      { source: 'b', wording: ['Collapse'] },
      { source: 'c', wording: ['fall apart'] },
    ]);
    expect(wording?.discrepancy.field).toBe('wording');
    expect(wording?.groups.map((g) => [g.label, g.members.map((m) => m.source)])).toEqual([
      ['“collapse”', ['a', 'b']],
      ['“warned”', ['a']],
      ['“fall apart”', ['c']],
    ]);
  });

  it('marks a difference resting only on drafted values unconfirmed, and puts it after confirmed ones', () => {
    const found = grouped([
      { source: 'a', date: { asWritten: '8 February', value: '2026-02-08' }, setting: 'a studio' },
      { source: 'b', date: { asWritten: '8 February', value: '2026-02-08' }, setting: 'a field' },
      { source: 'c', date: { asWritten: 'on Wednesday', value: '2026-02-04' }, review: 'drafted' },
    ]);
    expect(found.map((g) => [g.discrepancy.field, g.standing])).toEqual([
      ['setting', 'confirmed'],
      ['date', 'unconfirmed'],
    ]);
    expect(found[1]?.groups[1]?.members).toEqual([
      { source: 'c', value: 'on Wednesday', drafted: true, carriedBy: [] },
    ]);
  });

  it('takes a reviewed difference as confirmed even when drafted values join it', () => {
    const [date] = grouped([
      onMonday('a'),
      { source: 'b', date: { asWritten: '27 January', value: '2026-01-27' } },
      { ...onMonday('c'), review: 'drafted' },
    ]);
    expect(date?.standing).toBe('confirmed');
  });

  it('says which outlets carry a counted wire story', () => {
    const [date] = grouped(
      [onMonday('wire'), { source: 'b', date: { asWritten: '27 January', value: '2026-01-27' } }],
      { wire: ['paper-one', 'paper-two'] },
    );
    expect(date?.groups[0]?.members[0]?.carriedBy).toEqual(['paper-one', 'paper-two']);
  });
});

describe('dateGroupLabel', () => {
  it('adds the weekday to a day, not to a month or a year', () => {
    expect(['2026-02-08', '2026-02', '2026'].map(dateGroupLabel)).toEqual([
      '8 February 2026 (Sunday)',
      'February 2026',
      '2026',
    ]);
  });
});
