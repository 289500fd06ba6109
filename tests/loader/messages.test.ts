/**
 * One clear message per mistake, with the right form to write: each case edits a scratch copy of the
 * real content the way an editor might get it wrong, and the real content check must give exactly one
 * problem for it, with the problem and the fix an editor can act on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/model/problems';
import { checkContent } from '../../src/loader/check-content';
import { copyContent } from '../support/content-copy';
import { ARTICLE, FACT } from './bad-input-cases';

let scratch: ReturnType<typeof copyContent> | undefined;
afterEach(() => scratch?.remove());

/**
 * The problems the real content check finds in one file after one edit of it. (A file the schema
 * refuses is left out of the briefing, so other files' references to it fail too; those are the
 * content loader's to fold into one report, not this file's messages.)
 */
async function problemsAfter(file: string, change: (text: string) => string): Promise<ContentProblem[]> {
  scratch = copyContent();
  const before = scratch.read(file);
  scratch.edit(file, change);
  expect(scratch.read(file), 'the edit must change the file').not.toBe(before);
  return (await checkContent(scratch.root)).problems.filter((problem) => problem.file === file);
}

/** The fact's date line as the seed writes it. */
const FACT_DATE = "date: { start: '2026-01-26', end: '2026-01-27' }";

describe('dates', () => {
  it('2026-1-6: one message, with the date written right (not also "not in the calendar")', async () => {
    const problems = await problemsAfter(FACT, (t) => t.replace(FACT_DATE, 'date:\n  start: 2026-1-6'));
    expect(problems).toEqual([
      {
        file: FACT,
        where: 'date.start',
        value: '2026-1-6',
        problem: 'the date is not written YYYY-MM-DD, YYYY-MM or YYYY: month and day take two digits',
        fix: 'write 2026-01-06',
      },
    ]);
  });

  it('date: 2026-01-06 where a mapping belongs: says so and shows the mapping with that date', async () => {
    const problems = await problemsAfter(FACT, (t) => t.replace(FACT_DATE, 'date: 2026-01-06'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: FACT,
      where: 'date',
      value: '2026-01-06',
      problem: '"2026-01-06" is given where a mapping of start, end belongs',
    });
    expect(problems[0]?.fix).toBe('write it as date: { start: 2026-01-06 } (and end: for a range)');
    expect(problems[0]?.fix).not.toMatch(/give a object/u);
  });

  it('{ start: January 6, 2026 }: the comma YAML split at is explained once, not lost silently', async () => {
    const problems = await problemsAfter(FACT, (t) => t.replace(FACT_DATE, 'date: { start: January 6, 2026 }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FACT, where: 'date' });
    expect(problems[0]?.problem).toMatch(
      /^YAML splits a \{ … \} mapping at every comma: the words after a comma inside a value \("2026"\) became a field of their own/u,
    );
    expect(problems[0]?.fix).toMatch(
      /put a value that holds a comma in quotes, e.g\. \{ asWritten: "January 6, 2026" \}.*2026-01-06/u,
    );
  });

  it('a comma in a metadata value written as a flow mapping is caught too (it used to pass, shortened)', async () => {
    const problems = await problemsAfter(ARTICLE, (t) =>
      t.replace(
        /byline:\n {2}status: stated\n {2}value: Global Leaders Insights Team/u,
        'byline: { status: stated, value: Global Leaders Insights, Tokyo desk }',
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ARTICLE, where: 'byline' });
    expect(problems[0]?.problem).toContain('("Tokyo desk")');
  });

  it('a day that is not in the calendar names the month’s length', async () => {
    const problems = await problemsAfter(FACT, (t) => t.replace(FACT_DATE, "date: { start: '2026-02-30' }"));
    expect(problems).toEqual([
      {
        file: FACT,
        where: 'date.start',
        value: '2026-02-30',
        problem: 'this day is not in the calendar (2026-02 has 28 days)',
        fix: 'check the day and month on the source',
      },
    ]);
  });

  it('a publication date given without its provenance shows the stated form', async () => {
    const problems = await problemsAfter(ARTICLE, (t) =>
      t.replace(/published:\n {2}status: stated\n {2}value: 2026-01-27/u, 'published: 2026-01-27'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      where: 'published',
      problem: '"2026-01-27" is given where the value and its provenance belong',
    });
    expect(problems[0]?.fix).toMatch(/^write it as \{ status: stated, value: 2026-01-27 \}/u);
  });
});

describe('misspelt names', () => {
  it('an unknown value of a list of choices suggests the nearest one', async () => {
    const problems = await problemsAfter(FACT, (t) => t.replace('kind: statement', 'kind: statment'));
    expect(problems).toEqual([
      {
        file: FACT,
        where: 'kind',
        value: 'statment',
        problem: '"statment" is not one of the allowed values',
        fix: 'did you mean "statement"? use one of: event, statement, measure, context, characterisation',
      },
    ]);
  });

  it('a misspelt field in a mapping suggests the field (it used to be dropped silently)', async () => {
    const problems = await problemsAfter(FACT, (t) =>
      t.replace(FACT_DATE, "date: { start: '2026-01-26', ned: '2026-01-27' }"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      where: 'date',
      problem: '"ned" is not a field here',
      fix: 'did you mean "end"? the fields are start, end',
    });
  });

  it('an unknown fact id suggests the nearest fact', async () => {
    const problems = await problemsAfter(FACT, (t) =>
      t
        .replace(/^related:.*$/mu, 'related: [lower-house-electon]')
        .replace(/^(summary:)/mu, (m) => (t.includes('\nrelated:') ? m : `related: [lower-house-electon]\n${m}`)),
    );
    const found = problems.find((p) => p.value === 'lower-house-electon');
    expect(found).toMatchObject({ file: FACT, problem: 'unknown fact id "lower-house-electon"' });
    expect(found?.fix).toMatch(/^did you mean "lower-house-election"\? use one of the fact ids: /u);
  });

  it('an unknown article in an account suggests the nearest article', async () => {
    const problems = await problemsAfter(FACT, (t) =>
      t.replace('source: alliance-would-weaken', 'source: alliance-would-weakn'),
    );
    const found = problems.find((p) => p.value === 'alliance-would-weakn');
    expect(found?.fix).toMatch(/^did you mean "alliance-would-weaken"\? use one of the article ids: /u);
  });

  it('an id that is like none of them suggests nothing and still lists them', async () => {
    const problems = await problemsAfter(FACT, (t) =>
      t.replace('source: alliance-would-weaken', 'source: completely-different'),
    );
    const found = problems.find((p) => p.value === 'completely-different');
    expect(found?.fix).toMatch(/^use one of the article ids: alliance-collapse-warning, alliance-would-weaken/u);
  });
});
