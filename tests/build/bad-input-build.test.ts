import { cpSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputCases } from '../loader/bad-input-cases';
import { treeDigest } from '../support/dist-files';
import { copyProject } from '../support/project-copy';

/**
 * Every bad input of the loader suite, fed to the real `npm run build` after a good build:
 * the build refuses with the problem's file named, and the published `dist/` stays byte for byte.
 */
let project: ReturnType<typeof copyProject>;
let goodDigest: string;

beforeAll(() => {
  project = copyProject();
  const good = project.build();
  expect(good.status, good.output).toBe(0);
  goodDigest = treeDigest(project.path('dist'));
  cpSync(project.path('content'), project.path('content.good'), { recursive: true });
});
afterAll(() => project?.remove());

describe('a build with bad input', () => {
  it.each(badInputCases)('$name: refused, dist/ unchanged', ({ change, file }) => {
    change(project);
    const result = project.build();
    rmSync(project.path('content'), { recursive: true, force: true });
    cpSync(project.path('content.good'), project.path('content'), { recursive: true });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ ${file} — `);
    expect(result.stderr).toContain('Nothing was published: dist/ is unchanged.');
    expect(treeDigest(project.path('dist'))).toBe(goodDigest);
  });
});
