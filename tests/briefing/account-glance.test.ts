import { describe, expect, it } from 'vitest';
import { accountGlance } from '../../src/briefing/views/account-glance';
import { compareAccounts } from '../../src/briefing/views/compare';
import { factData } from '../support/content-builders';

describe('accountGlance', () => {
  const accounts = factData({
    accounts: [
      {
        source: 'one',
        date: { asWritten: 'Monday', value: '2026-03-02' },
        setting: 'press briefing',
        numbers: [{ label: 'ships', asWritten: 'three ships', value: 3, unit: 'ships' }],
        wording: ['Warned', 'announced'],
      },
      {
        source: 'two',
        date: { asWritten: 'March 3', value: '2026-03-03' },
        setting: 'press briefing',
        numbers: [{ label: 'ships', asWritten: 'five ships', value: 5, unit: 'ships' }],
        wording: ['warned'],
      },
    ],
  }).accounts;
  const rows = accountGlance(accounts, compareAccounts(accounts));

  it('marks the details on which a source conflicts with another', () => {
    expect(
      rows.map((row) => [row.source, row.date?.differs, row.setting?.differs, row.numbers.map((n) => n.differs)]),
    ).toEqual([
      ['one', true, false, [true]],
      ['two', true, false, [true]],
    ]);
  });

  it('marks the words another source shares, whatever their case', () => {
    expect(rows[0]?.words).toEqual([
      { text: 'Warned', shared: true },
      { text: 'announced', shared: false },
    ]);
    expect(rows[1]?.words).toEqual([{ text: 'warned', shared: true }]);
  });
});
