import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/content-copy';
import { listFiles, treeDigest } from '../support/dist-files';
import { buildEnvironment, copyProject } from '../support/project-copy';

/**
 * `astro build`, `npm run build` and `astro dev` are one build: the content check, the rendering of
 * articles and the search index all happen inside Astro, so a plain `astro build` makes the same site
 * and refuses the same content; `npm run build` only adds the safe publish.
 */
const NODE = existsSync(join(projectRoot, 'node_modules/.bin/node'))
  ? join(projectRoot, 'node_modules/.bin/node')
  : process.execPath;

let project: ReturnType<typeof copyProject>;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

function plainAstroBuild(outDir: string) {
  const result = spawnSync(NODE, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: project.path('.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The problem lines (`✗ file — where (value)`) of a build's output. */
const problemLines = (output: string) => output.split('\n').filter((line) => line.startsWith('✗ '));
/** The loader's summary lines: one per load of the content. */
const loads = (output: string) =>
  [...output.matchAll(/content check: (\d+) articles \((\d+) rendered, (\d+) unchanged\)/g)].map((m) => ({
    articles: Number(m[1]),
    rendered: Number(m[2]),
    unchanged: Number(m[3]),
  }));

describe('one build', () => {
  it('renders each article exactly once on a cold build, loads nothing when nothing changed, and renders only the edited one after an edit', () => {
    const cold = project.build();
    expect(cold.status, cold.output).toBe(0);
    expect(loads(cold.output)).toEqual([{ articles: 2, rendered: 2, unchanged: 0 }]);

    // Nothing changed: the content is not even loaded again (src/content-layer/unchanged-load.ts).
    const warm = project.build();
    expect(warm.status, warm.output).toBe(0);
    expect(loads(warm.output)).toEqual([]);
    expect(warm.output).toContain('content check: 2 articles, 16 facts, 6 cited sources, as checked by the last build');

    // A file written again with the same bytes: still nothing to load (what counts is the bytes, not the time).
    project.edit('content/articles/alliance-would-weaken.md', (text) => text);
    const touched = project.build();
    expect(touched.status, touched.output).toBe(0);
    expect(loads(touched.output)).toEqual([]);

    project.edit('content/articles/alliance-would-weaken.md', (text) =>
      text.replace('Speaking in a televised interview', 'Speaking in a televised  interview'),
    );
    const edited = project.build();
    expect(edited.status, edited.output).toBe(0);
    expect(loads(edited.output)).toEqual([{ articles: 2, rendered: 1, unchanged: 1 }]);
  });

  it('a plain `astro build` makes the same site as `npm run build`, search index included', () => {
    const published = project.build();
    expect(published.status, published.output).toBe(0);
    const plain = plainAstroBuild(project.path('plain-dist'));
    expect(plain.status, plain.output).toBe(0);
    expect(listFiles(project.path('plain-dist'))).toEqual(listFiles(project.path('dist')));
    expect(listFiles(project.path('plain-dist')).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(treeDigest(project.path('plain-dist'))).toBe(treeDigest(project.path('dist')));
  });

  it('with a bad fact file, a plain `astro build` fails with the same problems `npm run build` lists', () => {
    project.edit('content/facts/tv-remarks.yaml', (text) =>
      text
        .replace('related: [us-forces-scenario', 'related: [no-such-fact, us-forces-scenario')
        .replace('kind: statement', 'kind: remark'),
    );
    const published = project.build();
    const plain = plainAstroBuild(project.path('plain-dist-bad'));
    expect(published.status).toBe(1);
    expect(plain.status).toBe(1);
    expect(problemLines(published.output)).toEqual(['✗ content/facts/tv-remarks.yaml — kind (value: "remark")']);
    expect(problemLines(plain.output)).toEqual(problemLines(published.output));
    expect(existsSync(project.path('plain-dist-bad/index.html'))).toBe(false);
  });
});
