import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownLimitProblems } from '../../src/loader/markdown-limits';
import { analyseArticle } from '../../src/markdown/analyse-article';

/**
 * Whatever runs of Markdown markers an article holds, reading it ends within a bound: either the limits
 * refuse it before parsing (naming the line), or the pipeline renders it. The bound is generous (this
 * is a guard against hangs, not a speed goal; speed is in `npm run bench`).
 */
const BOUND_MS = 20_000;
const RUNS = 40;

/** A run of one Markdown-significant character (or pair), up to tens of thousands long. */
const run = fc.record({
  unit: fc.constantFrom(
    '*a',
    '**a',
    '_a',
    '~a',
    '[',
    ']',
    '](u)',
    '[a]',
    '`a',
    '<a',
    '![',
    '> ',
    '- ',
    '&a',
    '\\',
    '|',
  ),
  count: fc.integer({ min: 1, max: 40_000 }),
  separator: fc.constantFrom('', ' ', '\n', '\n\n', ' text '),
});

describe('Markdown of any marker runs is read in bounded time', () => {
  // Worst cases found so far, kept as fixed cases: each once ran for a minute or more.
  it.each([
    ['80,000 characters without a space (the tokenizer’s e-mail pattern)', '&a'.repeat(40_000)],
    ['40,000 code-span openers', '`a'.repeat(40_000)],
    ['a table row of 40,000 cells', `${'|'.repeat(40_000)}\n`],
    [
      '500 bracketed asides of 1,900 characters (GFM autolinks inside brackets)',
      `${`[${'ab '.repeat(633)}] `.repeat(500)}\n`,
    ],
    [
      'a paragraph with a run of 200,000 spaces (the trailing {#id} search)',
      `Words${' '.repeat(200_000)}more words {#p-x} and text.\n`,
    ],
  ])(`%s: within ${BOUND_MS / 1000} s`, async (_name, body) => {
    const started = Date.now();
    expect(markdownLimitProblems('content/articles/x.md', body, 0)).toEqual([]);
    await analyseArticle(body, { recognisers: compileRecognisers([]).recognisers, factHref: (id) => `/facts/${id}/` });
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  it(`refused before parsing, or rendered within ${BOUND_MS / 1000} s (${RUNS} generated articles)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(run, { minLength: 1, maxLength: 4 }), async (runs) => {
        const body = runs.map(({ unit, count, separator }) => unit.repeat(count) + separator).join('');
        fc.pre(Buffer.byteLength(body) <= 1_000_000);
        const started = Date.now();
        const problems = markdownLimitProblems('content/articles/x.md', body, 0);
        if (problems.length === 0)
          await analyseArticle(body, {
            recognisers: compileRecognisers([]).recognisers,
            factHref: (id) => `/facts/${id}/`,
          });
        else expect(problems[0]?.where).toMatch(/^(line \d+|body)$/);
        expect(Date.now() - started).toBeLessThan(BOUND_MS);
      }),
      { numRuns: RUNS },
    );
  });
});
