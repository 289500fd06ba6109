import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblems, formatWarnings, type ContentProblem } from '../model/problems';
import { linksToReview } from '../review/doubtful-links';
import { setCurrentProblems } from './current-problems';
import { contentStamp, LOAD_REPORT_ID } from './content-stamp';
import { keepOriginal } from './kept-originals';
import { loadContent, type LoadedContent } from '../loader/load-content';
import { LOADER_FOLDERS, pipelineDigest } from '../loader/pipeline-digest';
import { keepLoad, loadInput, readKeptLoad, type KeptLoad } from './unchanged-load';
import { buildCueCache } from '../loader/cue-cache';
import { keptYamlMemo } from '../loader/yaml-memo';
import { buildDraftCache } from '../loader/draft-cache';
import { buildRenderCache } from '../loader/render-cache';
import { basePath } from '../model/paths';

export { contentStamp, LOAD_REPORT_ID } from './content-stamp';

/** The collections the briefing's loader fills, one per kind of content file, plus the load report. */
export type BriefingCollection =
  'articles' | 'facts' | 'citedSources' | 'analysis' | 'framing' | 'corrections' | 'originals' | 'loadReport';

/** Warnings of each kind the build writes out in full; the rest are counted (`npm run check` lists all). */
const WARNINGS_SHOWN_PER_KIND = 5;

let shared: { key: string; content: Promise<LoadedContent & { stamp: string; input?: string }> } | undefined;

/** The meta key under which each collection records the input of the load it stored (see unchanged-load.ts). */
const STORED_INPUT = 'briefing-load-input';

/** Where the report of the last load without problems is kept, in Astro's cache folder. */
const keptLoadFile = (context: LoaderContext) => join(fileURLToPath(context.config.cacheDir), 'briefing-load.json');

/** This process's answer, by the content stamp it was given for (a changed file changes the stamp). */
let unchanged:
  | { key: string; input: string | undefined; found: { input: string; kept: KeptLoad } | undefined; told: boolean }
  | undefined;

/**
 * In `astro build`, the last load's report when the content, the loader's code and the packages are
 * byte for byte what that load read, it found no problem, and this collection's part of Astro's data
 * store is the one it stored (so a lost or replaced store loads again). Such a build has nothing to
 * load: every entry is in the store already. Said once per build.
 */
function unchangedSinceLastLoad(collection: BriefingCollection, context: LoaderContext): KeptLoad | undefined {
  if (context.watcher) return undefined;
  const root = fileURLToPath(context.config.root);
  const base = basePath(context.config.base);
  const key = `${base}\n${contentStamp(root)}`;
  if (unchanged?.key !== key) {
    const input = loadInput(root, { base, code: pipelineDigest(root, LOADER_FOLDERS) });
    const kept = input ? readKeptLoad(keptLoadFile(context)) : undefined;
    unchanged = { key, input, found: input && kept?.input === input ? { input, kept } : undefined, told: false };
  }
  const found = unchanged.found;
  if (!found || context.meta.get(STORED_INPUT) !== found.input) return undefined;
  // `npm run build` prints the count of doubtful links, which a plain `astro build` did not keep.
  if (process.env.BRIEFING_BUILD_REPORT && found.kept.doubtfulLinks === undefined) return undefined;
  // The originals' pages serve the bytes kept in the cache folder: a folder emptied by hand is filled again.
  if (collection === 'originals' && context.store.values().some((entry) => !existsSync(String(entry.data.file))))
    return undefined;
  if (!unchanged.told) {
    unchanged.told = true;
    const { kept } = found;
    context.logger.info(`✓ content check: ${kept.summary}, as checked by the last build (nothing changed)`);
    setCurrentProblems([]);
    reportWarnings({ problems: [], warnings: kept.warnings, doubtfulLinks: () => kept.doubtfulLinks ?? 0 }, context);
  }
  return found.kept;
}

/**
 * The content of the project, loaded once for all collections: every collection's loader asks for it,
 * and the first to ask starts the load. The key is a cheap stamp of the content files (names, sizes,
 * modification times), so a second collection in the same sync reuses the load and a changed file in
 * `astro dev` starts a new one.
 */
function sharedContent(context: LoaderContext): Promise<LoadedContent & { stamp: string; input?: string }> {
  const root = fileURLToPath(context.config.root);
  const base = basePath(context.config.base);
  const stamp = contentStamp(root);
  const key = `${base}\n${stamp}`;
  if (shared?.key !== key) {
    const started = Date.now();
    const code = pipelineDigest(root);
    // Digested before the load reads anything: a file changed during the load makes the next build load again.
    // (The same digest the check for an unchanged load made, when it was made for these files.)
    const input = context.watcher
      ? undefined
      : unchanged?.key === key
        ? unchanged.input
        : loadInput(root, { base, code: pipelineDigest(root, LOADER_FOLDERS) });
    const content = loadContent(root, {
      base,
      cache: buildRenderCache(fileURLToPath(context.config.cacheDir)),
      drafts: buildDraftCache(fileURLToPath(context.config.cacheDir)),
      cues: buildCueCache(fileURLToPath(context.config.cacheDir)),
      yaml: keptYamlMemo(join(fileURLToPath(context.config.cacheDir), 'briefing-yaml.json'), code),
      pipelineDigest: code,
    });
    void content.then((loaded) => {
      const counts = `${loaded.facts.length} facts, ${loaded.citedSources.length} cited sources`;
      const summary = `${loaded.articles.length} articles (${loaded.rendered} rendered, ${loaded.articles.length - loaded.rendered} unchanged), ${counts}`;
      if (loaded.problems.length === 0)
        context.logger.info(`✓ content check: ${summary} in ${Date.now() - started} ms`);
      setCurrentProblems(loaded.problems);
      reportProblems(loaded, context);
      // Counted once, and only for `npm run build`, which prints it.
      let counted: number | undefined;
      const doubtful = () => (counted ??= linksToReview(loaded).length);
      reportWarnings({ problems: loaded.problems, warnings: loaded.warnings, doubtfulLinks: doubtful }, context);
      if (input && loaded.problems.length === 0)
        keepLoad(keptLoadFile(context), {
          input,
          summary: `${loaded.articles.length} articles, ${counts}`,
          warnings: loaded.warnings,
          ...(process.env.BRIEFING_BUILD_REPORT ? { doubtfulLinks: doubtful() } : {}),
        });
    });
    shared = { key, content: content.then((loaded) => Object.assign(loaded, { stamp, ...(input ? { input } : {}) })) };
  }
  return shared.content;
}

/** The problems last logged under `astro dev`. */
let lastProblems = '';

/**
 * Under `astro dev`, logs the content's problems once per change of them: an editor saving the same
 * broken file again needs no second copy, and requests log nothing (the browser is shown the problems).
 * `astro build` stops on them instead, listing them in its error.
 */
function reportProblems(loaded: LoadedContent, context: LoaderContext): void {
  if (!context.watcher) return;
  const text = loaded.problems.length > 0 ? formatProblems(loaded.problems) : '';
  if (text && text !== lastProblems) context.logger.error(text);
  lastProblems = text;
}

/** The warnings last logged. */
let lastReported = '';

/**
 * Says what the editor should look at. Under `npm run build` (BRIEFING_BUILD_REPORT names a file) the
 * warnings and the count of doubtful links go to that file, and the build prints them last, after
 * Astro's own output; otherwise (`astro build`, `astro dev`) they are logged — in dev once per change
 * of what they say, not on every save that leaves them as they were.
 */
function reportWarnings(
  loaded: { problems: readonly ContentProblem[]; warnings: ContentProblem[]; doubtfulLinks: () => number },
  context: LoaderContext,
): void {
  const reportFile = process.env.BRIEFING_BUILD_REPORT;
  if (reportFile) {
    if (loaded.problems.length > 0) return;
    // Counted as `npm run review` lists them, without drafting the other items again.
    const doubtful = loaded.doubtfulLinks();
    writeFileSync(
      reportFile,
      JSON.stringify({ warnings: loaded.warnings, doubtfulLinks: doubtful } satisfies BuildReport),
    );
    return;
  }
  const text =
    loaded.warnings.length > 0 ? formatWarnings(loaded.warnings, { shownPerKind: WARNINGS_SHOWN_PER_KIND }) : '';
  if (text === lastReported) return;
  lastReported = text;
  if (text) context.logger.warn(text);
}

/** What the loader hands `npm run build` to print at the end (see `reportWarnings`). */
export interface BuildReport {
  warnings: ContentProblem[];
  doubtfulLinks: number;
}

/**
 * A content-layer loader for one of the briefing's collections. All of them share one load of the
 * whole content (see `loadContent`): articles get the pipeline's rendered HTML and their blocks, the
 * analysis is handed to Astro's MDX for rendering, and `loadReport` records the problems found.
 *
 * In `astro build` a problem fails the build with every problem listed. In `astro dev` the problems
 * are stored instead: the browser is shown a page of them (src/integration/dev-problems-page.ts), and
 * pages throw them (see `src/lib/briefing-data.ts`), never the old page; editing any content file
 * reloads everything.
 */
export function briefingLoader(collection: BriefingCollection): Loader {
  return {
    name: 'briefing-loader',
    load: async (context) => {
      if (unchangedSinceLastLoad(collection, context)) return;
      const content = await sharedContent(context);
      if (content.problems.length > 0 && !context.watcher) throw new ContentError(content.problems);
      store(collection, content, context);
      if (content.input && content.problems.length === 0) context.meta.set(STORED_INPUT, content.input);

      const watcher = context.watcher;
      if (!watcher) return;
      const contentDir = join(fileURLToPath(context.config.root), 'content');
      watcher.add(contentDir);
      watcher.on('all', async (_event: string, path: string) => {
        const inside = relative(contentDir, path);
        if (inside.startsWith('..') || inside.startsWith(sep)) return;
        const reloaded = await sharedContent(context);
        store(collection, reloaded, context);
      });
    },
  };
}

/** Puts one collection's part of the loaded content into Astro's data store, replacing what was there. */
function store(
  collection: BriefingCollection,
  content: LoadedContent & { stamp: string },
  { store, generateDigest, config }: LoaderContext,
): void {
  if (collection === 'loadReport') {
    const data = {
      digest: content.digest,
      stamp: content.stamp,
      problems: content.problems,
      rendered: content.rendered,
      stories: content.stories,
      labels: Object.fromEntries(content.labels),
      ...(content.settings ? { settings: content.settings } : {}),
    };
    store.set({ id: LOAD_REPORT_ID, data, digest: content.digest });
    return;
  }
  // With problems the pages show them instead of content; the last good entries stay as they were.
  if (content.problems.length > 0) return;
  const kept = new Set<string>();
  const put = (entry: Parameters<typeof store.set>[0]) => {
    kept.add(entry.id);
    store.set(entry);
  };
  switch (collection) {
    case 'articles':
      for (const article of content.articles) {
        put({
          id: article.id,
          data: { ...article.data, blocks: article.blocks },
          filePath: article.file,
          digest: article.digest,
          rendered: { html: article.html, metadata: { headings: article.headings, frontmatter: {} } },
        });
      }
      break;
    case 'analysis':
      for (const analysis of content.analysis) {
        // Astro's MDX renders the analysis (its <Cite> components are Astro's); the data is the loader's.
        put({
          id: analysis.id,
          data: analysis.data,
          body: analysis.body,
          filePath: analysis.file,
          digest: generateDigest(analysis.body + JSON.stringify(analysis.data)),
          deferredRender: true,
        });
        store.addModuleImport(analysis.file);
      }
      break;
    case 'originals': {
      // The bytes as the loader read them, kept in the cache folder for their page (kept-originals.ts).
      const dir = join(fileURLToPath(config.cacheDir), 'briefing-originals');
      for (const [name, bytes] of content.originals) {
        const kept = keepOriginal(dir, bytes);
        // Astro keeps an entry whose digest is unchanged as it was: the path is part of it, so a project
        // (or a kept cache folder) in another place never points the page at the old one.
        put({ id: name, data: { ...kept }, digest: generateDigest({ ...kept }) });
      }
      break;
    }
    case 'facts':
    case 'citedSources':
    case 'framing':
    case 'corrections':
      for (const entry of content[collection])
        put({ id: entry.id, data: entry.data, digest: generateDigest(entry.data) });
      break;
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}
