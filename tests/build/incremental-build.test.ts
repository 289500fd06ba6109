import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, treeDigest } from '../support/dist-files';
import { growthSources } from '../support/growth-sources';
import { buildEnvironment, copyProject } from '../support/project-copy';
import { projectRoot } from '../support/content-copy';
import { BUILD_TIMEOUT } from '../trust/shared-build';

/**
 * Astro's incremental build (astro.config.mjs, src/briefing/views/page-scope.ts) against cold builds: one copy of
 * the project goes through an editor's sequence — add a source, edit a fact summary, rename a label,
 * remove the source, then nothing — building after each step with the cache the steps before left, and after each
 * step a cold build of the same content (an empty cache) must publish the same files, byte for byte.
 */
interface Build {
  /** The published files: path → bytes. */
  files: Map<string, Buffer>;
  /** Pages Astro copied from the last build instead of rendering (site paths of the output files). */
  restored: Set<string>;
  /** Pages Astro rendered. */
  rendered: Set<string>;
  /** What the build printed. */
  output: string;
}

const LABEL_ARTICLE = 'content/articles/alliance-would-weaken.md';
const editSummary = (text: string) =>
  text.replace(
    /^summary: >-\n {2}Prime Minister Sanae Takaichi said on television/m,
    'summary: >-\n  Prime Minister Sanae Takaichi told a television audience',
  );
const renameLabel = (text: string) =>
  text.replace(/^ {2}value: Global Leaders Insights$/m, '  value: Global Leaders Review');

let project: ReturnType<typeof copyProject>;
/** The file name of the added source's original (content/originals/), as the importer named it. */
let addedOriginal: string | undefined;
const steps = new Map<string, { incremental: Build; cold: Build }>();

/** `npm run build -- --verbose` (which lists every route, restored or rendered) in the copy with `cacheDir`, its output read and moved aside. */
function build(cacheDir: string): Build {
  const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', '--verbose'], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  const dist = project.path('dist');
  const files = new Map(listFiles(dist).map((file) => [file, readFileSync(join(dist, file))]));
  const pages = (marker: RegExp) =>
    new Set(
      [...result.stdout.matchAll(new RegExp(`├─ (\\S+) ${marker.source}`, 'g'))].map((match) => match[1] as string),
    );
  return { files, restored: pages(/\(restored\)/), rendered: pages(/\(\+\d/), output: result.stdout };
}

/** The cold build of the last step and a digest of the copy it built (the same files build the same site). */
let lastCold: { input: string; build: Build } | undefined;

/**
 * Builds with the copy's own cache (kept from step to step), then cold with an empty one, unless the
 * step before built the very same files cold.
 */
function step(name: string): void {
  const incremental = build(project.path('.astro-cache'));
  const input = treeDigest(project.path('content'));
  if (lastCold?.input !== input) {
    const coldCache = mkdtempSync(join(tmpdir(), 'briefing-cold-cache-'));
    try {
      lastCold = { input, build: build(coldCache) };
    } finally {
      rmSync(coldCache, { recursive: true, force: true });
    }
  }
  steps.set(name, { incremental, cold: lastCold.build });
}

beforeAll(() => {
  project = copyProject();
  // Built here, not taken from an earlier build of the seeds (tests/support/cold-builds.ts): Astro's record
  // of the pages it may restore holds the folder it built in.
  const first = project.buildAnew();
  if (first.status !== 0) throw new Error(`build failed:\n${first.output}`);
  const before = project.path('content-before-source');
  cpSync(project.path('content'), before, { recursive: true });

  const added = project.run('add-source', growthSources.wire.args);
  if (added.status !== 0) throw new Error(`add-source failed:\n${added.output}`);
  addedOriginal = /^original: (\S+)$/m.exec(
    readFileSync(project.path(`content/articles/${growthSources.wire.id}.md`), 'utf8'),
  )?.[1];
  step('add a source');

  project.edit('content/facts/tv-remarks.yaml', editSummary);
  step('edit a fact summary');

  project.edit(LABEL_ARTICLE, renameLabel);
  step('rename a label');

  // Removing the source takes the content back to before it was added, with the two edits kept.
  rmSync(project.path('content'), { recursive: true });
  renameSync(before, project.path('content'));
  project.edit('content/facts/tv-remarks.yaml', editSummary);
  project.edit(LABEL_ARTICLE, renameLabel);
  step('remove the source');

  step('nothing changed');
}, 12 * BUILD_TIMEOUT);
afterAll(() => project?.remove());

describe('an incremental build publishes what a cold build publishes', () => {
  it.each(['add a source', 'edit a fact summary', 'rename a label', 'remove the source', 'nothing changed'])(
    'after “%s”, file for file',
    (name) => {
      const { incremental, cold } = steps.get(name) ?? { incremental: undefined, cold: undefined };
      expect(incremental && cold).toBeTruthy();
      if (!incremental || !cold) return;
      expect([...incremental.files.keys()]).toEqual([...cold.files.keys()]);
      const differing = [...cold.files]
        .filter(([file, bytes]) => !incremental.files.get(file)?.equals(bytes))
        .map(([file]) => file);
      expect(differing).toEqual([]);
    },
  );
});

describe('the incremental build renders what changed and restores the rest', () => {
  const incremental = (name: string) => steps.get(name)?.incremental as Build;

  it('restores every article page after a fact summary was edited, and renders that fact page and its card', () => {
    const build = incremental('edit a fact summary');
    expect(build.rendered).toContain('/facts/tv-remarks/index.html');
    expect(build.rendered).toContain('/og/facts/tv-remarks.png');
    const articles = [...build.restored, ...build.rendered].filter((page) => page.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.filter((page) => !build.restored.has(page))).toEqual([]);
    // A fact page that shows nothing of the edited fact is restored.
    expect(build.restored).toContain('/facts/lower-house-election/index.html');
    // The search index is indexed again in its main shard only: the articles' month shard is reused.
    expect(build.output).toContain('search index: 1 of 2 shards indexed again (main;');
  });

  it('renders the pages that show a renamed label', () => {
    const build = incremental('rename a label');
    expect(build.rendered).toContain('/articles/alliance-would-weaken/index.html');
    expect(build.rendered).toContain('/articles/alliance-collapse-warning/index.html');
    expect(build.rendered).toContain('/facts/tv-remarks/index.html');
    // Its original is the same file.
    expect(build.restored).toContain('/originals/001_7b68270386ca01f4.txt');
  });

  it('restores every page that has a cache key, and reuses the search index, when nothing changed', () => {
    const build = incremental('nothing changed');
    expect(build.restored.size).toBeGreaterThan(40);
    // Pages without getStaticPaths (the lists, feeds, data) render on every build; every other one is restored.
    const keyed = (page: string) => /^\/(articles|facts)\/[^/]+\/index\.html$|^\/(og|originals)\//.test(page);
    expect([...build.rendered].filter(keyed)).toEqual([]);
    expect(build.output).toContain('the last build’s index is reused');
    expect(incremental('remove the source').output).not.toContain('the last build’s index is reused');
  });

  it('renders, when a source is added, its pages, its neighbour’s, those of the facts it mentions, and no other article or fact', () => {
    const build = incremental('add a source');
    const added = growthSources.wire.id;
    // The facts it mentions, as its page lists them.
    const page = steps.get('add a source')?.cold.files.get(`articles/${added}/index.html`)?.toString('utf8') ?? '';
    const section = /<section[^>]*aria-labelledby="facts-in-article"[^]*?<\/section>/.exec(page)?.[0] ?? '';
    const facts = [...section.matchAll(/href="\/facts\/([^/"]+)\/"/g)].map((match) => `/facts/${match[1]}/index.html`);
    expect(facts.length).toBeGreaterThan(0);
    // Published on 29 January, after both seeds: the one before it is the later seed by id.
    const expected = [
      `/articles/${added}/index.html`,
      `/og/articles/${added}.png`,
      `/originals/${addedOriginal}`,
      '/articles/alliance-would-weaken/index.html',
      ...facts,
    ];
    const perEntry = (pages: Set<string>) =>
      [...pages].filter((file) =>
        /^\/(articles|facts)\/[^/]+\/index\.html$|^\/og\/(articles|facts)\/|^\/originals\//.test(file),
      );
    expect(perEntry(build.rendered).sort()).toEqual([...new Set(expected)].sort());
    expect(build.restored).toContain('/articles/alliance-collapse-warning/index.html');
    expect(build.restored).toContain('/og/about.png');
  });
});
