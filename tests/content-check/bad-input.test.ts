import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content';
import { copyContent } from '../support/content-copy';
import { ARTICLE, badInputCases } from './bad-input-cases';

const cases = badInputCases;

let scratch: ReturnType<typeof copyContent> | undefined;
afterEach(() => scratch?.remove());

async function problemsAfter(change: (content: ReturnType<typeof copyContent>) => void) {
  scratch = copyContent();
  change(scratch);
  return (await checkContent(scratch.root)).problems;
}

describe('content check: bad input', () => {
  it('the real content has no problems', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it.each(cases)('$name', async ({ change, file, where, problem }) => {
    const problems = await problemsAfter(change);
    const match = problems.find((p) => p.file === file && where.test(p.where) && problem.test(p.problem));
    expect(match, `problems were:\n${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(match?.fix.length).toBeGreaterThan(10);
  });

  it('reports every problem at once, across files', async () => {
    const problems = await problemsAfter((c) => {
      cases[2]!.change(c);
      cases[6]!.change(c);
      cases[20]!.change(c);
    });
    expect(new Set(problems.map((p) => p.file)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('content check: harmless variations are accepted', () => {
  it('a byte-order mark and Windows line ends', async () => {
    const problems = await problemsAfter((c) => c.write(ARTICLE, `\uFEFF${c.read(ARTICLE).replace(/\n/g, '\r\n')}`));
    expect(problems).toEqual([]);
  });
});
