import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist-files';
import { copyProject } from '../support/project-copy';
import { BUILD_TIMEOUT, buildCopy, type ProjectBuild } from '../trust/shared-build';

/**
 * The card cache across two real builds of one copy (`npm run build`, cache in the copy's
 * `.astro-cache/`): the second build, after one fact's title changed, renders that one card, reuses every
 * other card without writing it again, and removes the card no page uses any more.
 */
interface CacheEntry {
  inode: number;
  bytes: Buffer;
}

const cacheOf = (build: ProjectBuild): Map<string, CacheEntry> => {
  const dir = build.project.path('.astro-cache/og-cards');
  return new Map(
    readdirSync(dir).map((name) => [
      name,
      { inode: statSync(join(dir, name)).ino, bytes: readFileSync(join(dir, name)) },
    ]),
  );
};
const cardsOf = (build: ProjectBuild): Map<string, Buffer> =>
  new Map(listFiles(join(build.dist, 'og')).map((file) => [file, readFileSync(join(build.dist, 'og', file))]));

let project: ReturnType<typeof copyProject>;
let first: { cache: Map<string, CacheEntry>; cards: Map<string, Buffer> };
let second: { cache: Map<string, CacheEntry>; cards: Map<string, Buffer>; output: string };

beforeAll(() => {
  project = copyProject();
  const build = buildCopy(project);
  first = { cache: cacheOf(build), cards: cardsOf(build) };
}, BUILD_TIMEOUT);
beforeAll(() => {
  project.edit('content/facts/tv-remarks.yaml', (text) =>
    text.replace(/^title: .*$/m, 'title: Takaichi’s remarks on television about the alliance'),
  );
  const result = project.build();
  if (result.status !== 0) throw new Error(`second build failed:\n${result.output}`);
  const build = { project, dist: project.path('dist') };
  second = { cache: cacheOf(build), cards: cardsOf(build), output: result.output };
}, BUILD_TIMEOUT);
afterAll(() => project?.remove());

describe('preview card cache across builds', () => {
  it('keeps one card per page', () => {
    expect(first.cache.size).toBe(first.cards.size);
    expect(first.cards.size).toBeGreaterThan(20);
    expect(second.cache.size).toBe(first.cache.size);
  });

  it('renders only the card whose words changed', () => {
    const changed = 'facts/tv-remarks.png';
    expect(second.cards.get(changed)?.equals(first.cards.get(changed) as Buffer)).toBe(false);
    const others = [...first.cards.keys()].filter((file) => file !== changed);
    expect(others.filter((file) => !second.cards.get(file)?.equals(first.cards.get(file) as Buffer))).toEqual([]);

    const added = [...second.cache.keys()].filter((name) => !first.cache.has(name));
    expect(added).toHaveLength(1);
    expect(second.cache.get(added[0] as string)?.bytes.equals(second.cards.get(changed) as Buffer)).toBe(true);
    // Every other card was read from the cache, not rendered and written again.
    const rewritten = [...second.cache].filter(
      ([name, entry]) => first.cache.has(name) && first.cache.get(name)?.inode !== entry.inode,
    );
    expect(rewritten.map(([name]) => name)).toEqual([]);
  });

  it('removes the card no page uses any more, and says so', () => {
    const removed = [...first.cache.keys()].filter((name) => !second.cache.has(name));
    expect(removed).toHaveLength(1);
    expect(first.cache.get(removed[0] as string)?.bytes.equals(first.cards.get('facts/tv-remarks.png') as Buffer)).toBe(
      true,
    );
    expect(second.output).toContain('removed 1 preview card(s) no page uses any more from the cache');
  });
});
