import { describe, expect, it } from 'vitest';
import { formatWarnings, type ContentProblem } from '../../src/model/problems';

const warning = (kind: string, n: number): ContentProblem => ({
  kind,
  file: `content/articles/a-${n}.md`,
  where: 'accounts',
  problem: `problem ${n}`,
  fix: 'fix it',
});

describe('formatWarnings', () => {
  const many = [
    ...Array.from({ length: 8 }, (_, n) => warning('accounts not yet reviewed', n)),
    warning('facts with no source', 99),
  ];

  it('counts every warning by kind on the summary line', () => {
    expect(formatWarnings(many).split('\n')[0]).toBe(
      '9 warnings (the build goes on; look at them when you can): 8 × accounts not yet reviewed · 1 × facts with no source',
    );
  });

  it('writes out every warning unless told to show only the first of each kind', () => {
    expect(formatWarnings(many).match(/^⚠ /gm)).toHaveLength(9);
    const capped = formatWarnings(many, { shownPerKind: 3 });
    expect(capped.match(/^⚠ /gm)).toHaveLength(4);
    expect(capped).toContain('content/articles/a-2.md');
    expect(capped).not.toContain('content/articles/a-3.md');
    expect(capped).toContain('content/articles/a-99.md');
    expect(capped).toContain('… and 5 more of “accounts not yet reviewed”: npm run check lists every one');
    expect(capped).not.toContain('more of “facts with no source”');
  });
});
