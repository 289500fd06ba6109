import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, treeDigest } from '../support/dist-files';
import { copyProject } from '../support/project-copy';
import { BUILD_TIMEOUT, buildCopyAnew, type ProjectBuild } from './shared-build';

/**
 * Two clean builds of the same sources, in two different folders with their own caches, must give
 * the same bytes: a reader, a cache or a reviewer diffing two deploys then sees only real changes.
 * Timestamps, random ids, unordered output or absolute paths in the output would all show up here.
 */
let first: ProjectBuild;
let second: ProjectBuild;

// Copy both before building either, so an edit to the checkout meanwhile cannot make them differ. Both
// are built here, never taken from an earlier build of the same files in this run.
let copies: [ReturnType<typeof copyProject>, ReturnType<typeof copyProject>];
beforeAll(() => {
  copies = [copyProject(), copyProject()];
  first = buildCopyAnew(copies[0]);
}, BUILD_TIMEOUT);
beforeAll(() => {
  second = buildCopyAnew(copies[1]);
}, BUILD_TIMEOUT);
afterAll(() => {
  for (const copy of copies ?? []) copy.remove();
});

function fileDigests(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('reproducible builds', () => {
  it('builds from two copies in different folders', () => {
    expect(first.project.root).not.toBe(second.project.root);
    expect(listFiles(first.dist).length).toBeGreaterThan(40);
  });

  it('gives byte-identical dist trees', () => {
    const a = fileDigests(first.dist);
    const b = fileDigests(second.dist);
    const differing = [...new Set([...a.keys(), ...b.keys()])]
      .sort()
      .filter((file) => a.get(file) !== b.get(file))
      .map((file) =>
        !a.has(file)
          ? `${file} (only in the second build)`
          : !b.has(file)
            ? `${file} (only in the first build)`
            : `${file} (content differs)`,
      );
    expect(differing).toEqual([]);
    expect(treeDigest(first.dist)).toBe(treeDigest(second.dist));
  });

  it('writes no absolute path of the build folder into the output', () => {
    const leaks = listFiles(first.dist).filter((file) =>
      readFileSync(join(first.dist, file)).includes(first.project.root),
    );
    expect(leaks).toEqual([]);
  });
});
