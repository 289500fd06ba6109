import { describe, expect, it } from 'vitest';
import { compareAccounts, coverage } from '../../src/briefing/views/compare';
import { factData } from '../support/content-builders';

const accounts = (list: unknown[]) => factData({ accounts: list }).accounts;

describe('compareAccounts', () => {
  it('flags a date, a number and a verb on which two sources disagree', () => {
    const found = compareAccounts(
      accounts([
        {
          source: 'one',
          date: { asWritten: 'Monday', value: '2026-03-02' },
          numbers: [{ label: 'ships', asWritten: 'three ships', value: 3, unit: 'ships' }],
          wording: ['warned'],
        },
        {
          source: 'two',
          date: { asWritten: 'March 3', value: '2026-03-03' },
          numbers: [{ label: 'ships', asWritten: 'five ships', value: 5, unit: 'ships' }],
          wording: ['threatened'],
        },
      ]),
    );
    expect(found.map((d) => d.field)).toEqual(['date', 'number', 'wording']);
    expect(found[1]?.versions).toEqual([
      { source: 'one', value: 'three ships' },
      { source: 'two', value: 'five ships' },
    ]);
  });

  it('flags different settings', () => {
    const found = compareAccounts(
      accounts([
        { source: 'one', setting: 'televised debate' },
        { source: 'two', setting: 'televised interview' },
      ]),
    );
    expect(found.map((d) => d.field)).toEqual(['setting']);
  });

  it('does not flag what agrees, what only one source gives, or a less precise date', () => {
    expect(
      compareAccounts(
        accounts([
          {
            source: 'one',
            date: { asWritten: 'February 8', value: '2026-02-08' },
            setting: 'Lower House election',
            wording: ['warned', 'said'],
          },
          {
            source: 'two',
            date: { asWritten: 'next month', value: '2026-02', inferred: 'The month after publication.' },
            setting: 'lower house election',
            wording: ['said'],
          },
          { source: 'three', numbers: [{ label: 'distance', asWritten: '110 km', value: 110, unit: 'km' }] },
        ]),
      ),
    ).toEqual([]);
  });
});

describe('coverage', () => {
  it('says when only one source has a fact', () => {
    expect(coverage(['b'], ['a', 'b'])).toEqual({ sources: ['b'], only: 'b' });
    expect(coverage(['a', 'b'], ['a', 'b'])).toEqual({ sources: ['a', 'b'], only: undefined });
  });
});

describe('numbers compared by what they count (issue #21)', () => {
  const seats = (source: string, label: string, value: number, asWritten: string) => ({
    source,
    actors: [],
    wording: [],
    paragraphs: [],
    review: 'drafted' as const,
    numbers: [{ label, value, unit: 'seats', asWritten }],
  });

  it('sets one subject’s numbers side by side, whatever name each source gives it, apart from another subject’s', async () => {
    const { compareAccounts, numberDisagreement } = await import('../../src/briefing/views/compare');
    const found = compareAccounts([
      seats('harbour', 'LDP seats', 316, '316 of 465 seats'),
      seats('lantern', 'Liberal Democratic Party seats', 315, '315 seats'),
      { ...seats('tohto', 'ruling bloc seats', 352, '352 seats') },
    ]);
    const numbers = found.filter((d) => d.field === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]?.versions.map((v) => v.source)).toEqual(['harbour', 'lantern']);
    expect(numbers[0]?.values).toEqual({ amounts: [315, 316], unit: 'seats' });
    expect(numberDisagreement(numbers[0] ?? {})).toBe('315 or 316 seats');
  });

  it('finds no difference where the subjects differ or the values agree', async () => {
    const { compareAccounts } = await import('../../src/briefing/views/compare');
    expect(
      compareAccounts([
        seats('harbour', 'LDP seats', 316, '316 seats'),
        seats('lantern', 'ruling bloc seats', 352, '352 seats'),
      ]),
    ).toEqual([]);
    expect(
      compareAccounts([
        seats('harbour', 'LDP seats', 316, '316 seats'),
        seats('lantern', 'Liberal Democratic Party seats', 316, '316 seats'),
      ]),
    ).toEqual([]);
  });
});
