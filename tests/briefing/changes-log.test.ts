import { describe, expect, it } from 'vitest';
import { changesLog, correctionProblems, logEntryId } from '../../src/briefing/views/changes-log';
import { updatesFrom } from '../../src/briefing/views/updates';
import { correctionSchema } from '../../src/schemas/correction';

const added = (id: string, day: string) => ({ id, data: { added: day } });
const correction = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: correctionSchema.parse({
    kind: 'correction',
    summary: 'The date of the remarks was given as the 28th; it is the 27th.',
    ...fields,
  }),
});

describe('changesLog', () => {
  it('merges additions by day and recorded corrections, newest first, corrections first on the same day', () => {
    const log = changesLog({
      updates: updatesFrom([added('b', '2026-03-01'), added('a', '2026-03-01'), added('c', '2026-03-05')]),
      corrections: [
        correction('wrong-day', { date: '2026-03-05', facts: ['tv-remarks'] }),
        correction('older', { date: '2026-03-02', kind: 'change' }),
      ],
    });
    expect(log.map((entry) => `${entry.date} ${entry.kind} ${logEntryId(entry)}`)).toEqual([
      '2026-03-05 correction change-wrong-day',
      '2026-03-05 added added-2026-03-05',
      '2026-03-02 change change-older',
      '2026-03-01 added added-2026-03-01',
    ]);
    expect(log[3]).toEqual({ kind: 'added', date: '2026-03-01', articleIds: ['a', 'b'] });
    expect(log[0]).toMatchObject({ facts: ['tv-remarks'], articles: [] });
  });

  it('is empty for an empty briefing', () => {
    expect(changesLog({ updates: [], corrections: [] })).toEqual([]);
  });
});

describe('correctionSchema', () => {
  it('refuses an unknown kind and a summary too short to say what changed', () => {
    const result = correctionSchema.safeParse({ date: '2026-03-05', kind: 'erratum', summary: 'Fixed.' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['kind', 'summary']);
  });
});

describe('correctionProblems', () => {
  it('names the file, the field and the known ids for every unknown reference', () => {
    const problems = correctionProblems(
      [correction('typo', { date: '2026-03-05', facts: ['tv-remarks', 'no-such-fact'], articles: ['gone'] })],
      {
        factIds: new Set(['tv-remarks']),
        articleIds: new Set(['one', 'two']),
      },
    );
    expect(problems).toEqual([
      {
        file: 'content/corrections/typo.yaml',
        where: 'facts[1]',
        value: 'no-such-fact',
        problem: 'unknown fact "no-such-fact"',
        fix: 'use the id of a file in content/facts/: tv-remarks',
      },
      {
        file: 'content/corrections/typo.yaml',
        where: 'articles[0]',
        value: 'gone',
        problem: 'unknown article "gone"',
        fix: 'use the id of a file in content/articles/: one, two',
      },
    ]);
  });
});
