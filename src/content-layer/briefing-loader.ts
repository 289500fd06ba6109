import type { Loader, LoaderContext } from 'astro/loaders';
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblems, formatWarnings } from '../briefing/problems';
import { listAllFiles } from '../loader/content-folder';
import { loadContent, type LoadedContent } from '../loader/load-content';
import { pipelineDigest } from '../loader/pipeline-digest';
import { buildDraftCache } from '../loader/draft-cache';
import { buildRenderCache } from '../loader/render-cache';

/** The collections the briefing's loader fills, one per kind of content file, plus the load report. */
export type BriefingCollection = 'articles' | 'facts' | 'citedSources' | 'analysis' | 'framing' | 'corrections' | 'loadReport';

/** The id of the one entry of the `loadReport` collection. */
export const LOAD_REPORT_ID = 'current';

/** Warnings of each kind the build writes out in full; the rest are counted (`npm run check` lists all). */
const WARNINGS_SHOWN_PER_KIND = 5;

const CONTENT_FOLDERS = ['articles', 'facts', 'drafts', 'cited-sources', 'analysis', 'framing', 'corrections', 'originals'];

let shared: { key: string; content: Promise<LoadedContent & { stamp: string }> } | undefined;

/**
 * The content of the project, loaded once for all collections: every collection's loader asks for it,
 * and the first to ask starts the load. The key is a cheap stamp of the content files (names, sizes,
 * modification times), so a second collection in the same sync reuses the load and a changed file in
 * `astro dev` starts a new one.
 */
function sharedContent(context: LoaderContext): Promise<LoadedContent & { stamp: string }> {
  const root = fileURLToPath(context.config.root);
  const base = context.config.base.endsWith('/') ? context.config.base : `${context.config.base}/`;
  const stamp = contentStamp(root);
  const key = `${base}\n${stamp}`;
  if (shared?.key !== key) {
    const started = Date.now();
    const content = loadContent(root, {
      base,
      cache: buildRenderCache(fileURLToPath(context.config.cacheDir)),
      drafts: buildDraftCache(fileURLToPath(context.config.cacheDir)),
      pipelineDigest: pipelineDigest(root),
    });
    void content.then((loaded) => {
      const summary = `${loaded.articles.length} articles (${loaded.rendered} rendered, ${loaded.articles.length - loaded.rendered} unchanged), ${loaded.facts.length} facts, ${loaded.citedSources.length} cited sources`;
      if (loaded.problems.length === 0) context.logger.info(`✓ content check: ${summary} in ${Date.now() - started} ms`);
      if (loaded.warnings.length > 0) context.logger.warn(formatWarnings(loaded.warnings, { shownPerKind: WARNINGS_SHOWN_PER_KIND }));
    });
    shared = { key, content: content.then((loaded) => Object.assign(loaded, { stamp })) };
  }
  return shared.content;
}

/**
 * A cheap stamp of the content files (names, sizes, modification times, inodes): equal stamps mean
 * the content is as loaded. The load report records it, so `astro dev` can tell stale data apart.
 */
export function contentStamp(root: string): string {
  const parts: string[] = [];
  for (const name of listAllFiles(root, 'content')) {
    const stat = statSync(join(root, 'content', name), { throwIfNoEntry: false });
    if (stat?.isFile()) parts.push(`${name}:${stat.size}:${stat.mtimeMs}:${stat.ino}`);
  }
  for (const folder of CONTENT_FOLDERS) {
    for (const name of listAllFiles(root, `content/${folder}`)) {
      try {
        const stat = statSync(join(root, 'content', folder, name), { throwIfNoEntry: false });
        parts.push(`${folder}/${name}:${stat?.size}:${stat?.mtimeMs}:${stat?.ino}`);
      } catch {
        parts.push(`${folder}/${name}:unreadable`);
      }
    }
  }
  return parts.join('\n');
}

/**
 * A content-layer loader for one of the briefing's collections. All of them share one load of the
 * whole content (see `loadContent`): articles get the pipeline's rendered HTML and their blocks, the
 * analysis is handed to Astro's MDX for rendering, and `loadReport` records the problems found.
 *
 * In `astro build` a problem fails the build with every problem listed. In `astro dev` the problems
 * are stored instead, and pages throw them (see `src/lib/briefing-data.ts`), so the browser shows
 * Astro's error overlay rather than the old page; editing any content file reloads everything.
 */
export function briefingLoader(collection: BriefingCollection): Loader {
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const content = await sharedContent(context);
      if (content.problems.length > 0 && !context.watcher) throw new ContentError(content.problems);
      store(collection, content, context);

      const watcher = context.watcher;
      if (!watcher) return;
      const contentDir = join(fileURLToPath(context.config.root), 'content');
      watcher.add(contentDir);
      watcher.on('all', async (_event: string, path: string) => {
        const inside = relative(contentDir, path);
        if (inside.startsWith('..') || inside.startsWith(sep)) return;
        const reloaded = await sharedContent(context);
        store(collection, reloaded, context);
        if (collection === 'loadReport' && reloaded.problems.length > 0) context.logger.error(formatProblems(reloaded.problems));
      });
    },
  };
}

/** Puts one collection's part of the loaded content into Astro's data store, replacing what was there. */
function store(collection: BriefingCollection, content: LoadedContent & { stamp: string }, { store, generateDigest }: LoaderContext): void {
  if (collection === 'loadReport') {
    const data = { digest: content.digest, stamp: content.stamp, problems: content.problems, rendered: content.rendered, ...(content.settings ? { settings: content.settings } : {}) };
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
        put({ id: analysis.id, data: analysis.data, body: analysis.body, filePath: analysis.file, digest: generateDigest(analysis.body + JSON.stringify(analysis.data)), deferredRender: true });
        store.addModuleImport(analysis.file);
      }
      break;
    case 'facts':
    case 'citedSources':
    case 'framing':
    case 'corrections':
      for (const entry of content[collection]) put({ id: entry.id, data: entry.data, digest: generateDigest(entry.data) });
      break;
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}
