import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../src/briefing/views/compare';
import {
  differenceFlag,
  rankDiscrepancies,
  rankedAcrossFacts,
  weightOf,
} from '../../src/briefing/views/discrepancy-rank';

const d = (field: Discrepancy['field'], label: string = field): Pick<Discrepancy, 'field' | 'label'> => ({
  field,
  label,
});

describe('weightOf', () => {
  it('treats dates, numbers and settings as conflicts and wording as wording', () => {
    expect(
      ['date', 'number', 'setting', 'wording'].map((field) => weightOf({ field: field as Discrepancy['field'] })),
    ).toEqual(['conflict', 'conflict', 'conflict', 'wording']);
  });
});

describe('rankDiscrepancies', () => {
  it('puts wording after every conflict, dates before numbers before settings, keeping ties in order', () => {
    const ranked = rankDiscrepancies([
      d('wording'),
      d('setting'),
      d('number', 'ships'),
      d('date'),
      d('number', 'distance'),
    ]);
    expect(ranked.map((x) => x.label)).toEqual(['date', 'ships', 'distance', 'setting', 'wording']);
  });
});

describe('differenceFlag', () => {
  it('names the conflicting details, whatever else differs', () => {
    expect(differenceFlag([d('wording'), d('date')])).toEqual({
      weight: 'conflict',
      label: 'Sources differ on the date',
    });
    expect(differenceFlag([d('setting'), d('number', 'ships on patrol'), d('date')])?.label).toBe(
      'Sources differ on the date, the ships on patrol and the setting',
    );
  });

  it('calls a difference of words alone what it is, and says nothing when sources agree', () => {
    expect(differenceFlag([d('wording')])).toEqual({ weight: 'wording', label: 'Worded differently' });
    expect(differenceFlag([])).toBeUndefined();
  });
});

describe('rankedAcrossFacts', () => {
  it('lists the conflicts of every fact before any difference of wording', () => {
    const ranked = rankedAcrossFacts([
      { fact: 'a', discrepancies: [d('wording')] },
      { fact: 'b', discrepancies: [d('setting'), d('wording')] },
      { fact: 'c', discrepancies: [d('date')] },
    ]);
    expect(ranked.map(({ fact, discrepancy, weight }) => `${fact}:${discrepancy.field}:${weight}`)).toEqual([
      'c:date:conflict',
      'b:setting:conflict',
      'a:wording:wording',
      'b:wording:wording',
    ]);
  });
});
