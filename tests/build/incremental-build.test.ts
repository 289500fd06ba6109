import { spawn } from 'node:child_process';
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
/** A second copy where each step's content is built cold, while the editor's copy goes on to its next step. */
let coldCopy: ReturnType<typeof copyProject>;
/** The file name of the added source's original (content/originals/), as the importer named it. */
let addedOriginal: string | undefined;
const steps = new Map<string, { incremental: Build; cold: Build }>();
/** The steps as they are built, each cold build perhaps still running. */
const built: Array<{ name: string; incremental: Build; cold: Promise<Build> }> = [];

/**
 * `npm run build -- --verbose` (which lists every route, restored or rendered) in `copy` with `cacheDir`,
 * its output read and moved aside. Asynchronous, so that a cold build runs beside the next incremental one.
 */
async function build(copy: ReturnType<typeof copyProject>, cacheDir: string): Promise<Build> {
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', '--verbose'], {
    cwd: copy.root,
    env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (status !== 0) throw new Error(`build failed:\n${stdout}${stderr}`);
  const dist = copy.path('dist');
  const files = new Map(listFiles(dist).map((file) => [file, readFileSync(join(dist, file))]));
  const pages = (marker: RegExp) =>
    new Set([...stdout.matchAll(new RegExp(`├─ (\\S+) ${marker.source}`, 'g'))].map((match) => match[1] as string));
  return { files, restored: pages(/\(restored\)/), rendered: pages(/\(\+\d/), output: stdout };
}

/** The cold build of the last step and a digest of the content it built (the same files build the same site). */
let lastCold: { input: string; build: Promise<Build> } | undefined;

/**
 * Builds with the copy's own cache (kept from step to step); then, unless the step before built the very
 * same files cold, starts a cold build of a copy of this content (with an empty cache, and no dist/ or
 * .astro/ left) in the second copy, which runs while the next step is made and built: one build keeps
 * two cores busy only part of the time.
 */
async function step(name: string): Promise<void> {
  const incremental = await build(project, project.path('.astro-cache'));
  const input = treeDigest(project.path('content'));
  if (lastCold?.input !== input) {
    const before = lastCold?.build;
    const content = mkdtempSync(join(tmpdir(), 'briefing-cold-content-'));
    cpSync(project.path('content'), content, { recursive: true });
    const cold = (async () => {
      await before?.catch(() => undefined);
      const coldCache = mkdtempSync(join(tmpdir(), 'briefing-cold-cache-'));
      try {
        for (const name of ['content', 'dist', '.astro', '.build'])
          rmSync(coldCopy.path(name), { recursive: true, force: true });
        renameSync(content, coldCopy.path('content'));
        return await build(coldCopy, coldCache);
      } finally {
        rmSync(coldCache, { recursive: true, force: true });
      }
    })();
    // Awaited once every step is built; a failure before then is not an unhandled one.
    cold.catch(() => undefined);
    lastCold = { input, build: cold };
  }
  built.push({ name, incremental, cold: lastCold.build });
}

beforeAll(async () => {
  project = copyProject();
  coldCopy = copyProject();
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
  await step('add a source');

  project.edit('content/facts/tv-remarks.yaml', editSummary);
  await step('edit a fact summary');

  project.edit(LABEL_ARTICLE, renameLabel);
  await step('rename a label');

  // Removing the source takes the content back to before it was added, with the two edits kept.
  rmSync(project.path('content'), { recursive: true });
  renameSync(before, project.path('content'));
  project.edit('content/facts/tv-remarks.yaml', editSummary);
  project.edit(LABEL_ARTICLE, renameLabel);
  await step('remove the source');

  await step('nothing changed');

  // The content store lost, the loader's report of the last load kept: the content is loaded again.
  rmSync(project.path('.astro-cache/data-store.json'));
  await step('the content store lost');
  for (const { name, incremental, cold } of built) steps.set(name, { incremental, cold: await cold });
}, 12 * BUILD_TIMEOUT);
afterAll(() => {
  project?.remove();
  coldCopy?.remove();
});

describe('an incremental build publishes what a cold build publishes', () => {
  it.each([
    'add a source',
    'edit a fact summary',
    'rename a label',
    'remove the source',
    'nothing changed',
    'the content store lost',
  ])('after “%s”, file for file', (name) => {
    const { incremental, cold } = steps.get(name) ?? { incremental: undefined, cold: undefined };
    expect(incremental && cold).toBeTruthy();
    if (!incremental || !cold) return;
    expect([...incremental.files.keys()]).toEqual([...cold.files.keys()]);
    const differing = [...cold.files]
      .filter(([file, bytes]) => !incremental.files.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(differing).toEqual([]);
  });
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
    // A fact page that shows nothing of the edited fact is restored; the pages made from the whole
    // briefing are rendered again, the schemas of the exports (code alone) are not.
    expect(build.restored).toContain('/facts/lower-house-election/index.html');
    expect(build.rendered).toContain('/index.html');
    expect(build.rendered).toContain('/timeline.ics');
    expect(build.restored).toContain('/data/schema/facts.json');
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
    // Every page has a key, the lists, feeds and data exports too (keyed by the whole briefing), but for
    // the 404 page, which Astro renders on every build.
    expect([...build.rendered]).toEqual(['/404.html']);
    expect(build.restored).toContain('/index.html');
    expect(build.restored).toContain('/updates.xml');
    expect(build.restored).toContain('/data/facts.json');
    expect(build.output).toContain('the last build’s index is reused');
    expect(incremental('remove the source').output).not.toContain('the last build’s index is reused');
  });

  it('loads nothing when no content file changed, and loads again whenever one did or the content store is gone', () => {
    const unchanged = 'as checked by the last build (nothing changed)';
    expect(incremental('nothing changed').output).toContain(unchanged);
    for (const name of [
      'add a source',
      'edit a fact summary',
      'rename a label',
      'remove the source',
      'the content store lost',
    ])
      expect(incremental(name).output, name).not.toContain(unchanged);
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
