import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, projectRoot } from '../support/content-copy';
import { buildEnvironment } from '../support/project-copy';

/** `npm run check`, in a folder of one's choice (it checks the content/ of the folder it runs in). */
function check(cwd: string) {
  const result = spawnSync(
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    [join(projectRoot, 'scripts', 'check.ts')],
    { cwd, encoding: 'utf8', env: buildEnvironment() },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check (the content check alone)', () => {
  const content = copyContent();
  afterAll(() => content.remove());

  it('passes on the seeds and says what it checked', () => {
    const result = check(content.root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^✓ content check: 2 articles, 16 facts, 6 cited sources, 1 analysis — no problems$/mu,
    );
  });

  it('lists every problem with file, field and fix, and exits 1', () => {
    content.edit('content/facts/tv-remarks.yaml', (text) => text.replace('kind: statement', 'kind: statment'));
    content.edit('content/briefing.yaml', (text) => text.replace('language: en-GB', 'language: English'));
    const result = check(content.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /✗ content\/facts\/tv-remarks\.yaml — kind \(value: "statment"\)\n.*\n {4}→ did you mean "statement"\?/u,
    );
    expect(result.stderr).toMatch(/✗ content\/briefing\.yaml — language \(value: "English"\)/u);
  });
});
