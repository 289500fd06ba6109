import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/model/problems';
import { workSummary } from '../../src/briefing/checks/work-summary';

const warning = (kind: string): ContentProblem => ({
  file: 'content/facts/a.yaml',
  where: 'accounts',
  problem: 'p',
  fix: 'f',
  kind,
});

describe('the line a build ends with', () => {
  it('counts each kind of warning and the doubtful links, and names the review', () => {
    const line = workSummary(
      [
        warning('sources with accounts not yet reviewed'),
        warning('facts with no source'),
        warning('sources with accounts not yet reviewed'),
      ],
      3,
    );
    expect(line).toBe(
      'To do: 2 × sources with accounts not yet reviewed · 1 × facts with no source · 3 × doubtful links to look at → npm run review (or, in the browser, npm run desk) settles drafted accounts, draft facts and doubtful links; npm run check lists every warning.',
    );
  });

  it('says so when nothing awaits', () => {
    expect(workSummary([], 0)).toBe('✓ Nothing awaits review.');
    expect(workSummary([], 1)).toMatch(/^To do: 1 × doubtful links to look at → /u);
  });
});
