import type { AstroIntegration } from 'astro';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CARD_CACHE_FOLDER, pruneCardCache } from '../og/card-cache';
import { rendererDigest, rendererInputs } from '../og/renderer-digest';

/** The module the preview-card route reads its setup from (types in src/og/preview-cards-module.d.ts). */
const MODULE_ID = 'virtual:briefing/preview-cards';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Preview cards render on worker threads and are kept in a cache between builds. This integration wires
 * both into the build:
 * - it bundles `src/og/card-worker.ts` as a chunk of its own, so the route (src/pages/og/) can start
 *   threads from the built code; in `astro dev` there is no worker and cards render on the main thread;
 * - it tells the route where the cache is (`og-cards/` in Astro's cacheDir) and the renderer digest that
 *   keys it (computed once per build);
 * - after the build, it removes the cards this build did not use, so the cache a host keeps does not grow
 *   with every edited title.
 */
export function previewCards(): AstroIntegration {
  let cacheDir = '';
  let buildStarted = Date.now();
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        cacheDir = fileURLToPath(new URL(`${CARD_CACHE_FOLDER}/`, config.cacheDir));
        const root = fileURLToPath(config.root);
        const worker = fileURLToPath(new URL('src/og/card-worker.ts', config.root));
        updateConfig({
          vite: { plugins: [previewCardsModule({ cacheDir, root, worker, bundleWorker: command === 'build' })] },
        });
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneCardCache(cacheDir, buildStarted);
        if (removed > 0) logger.info(`removed ${removed} preview card(s) no page uses any more from the cache`);
      },
    },
  };
}

interface ModuleOptions {
  cacheDir: string;
  root: string;
  /** Absolute path of the worker's source. */
  worker: string;
  /** Whether to emit the worker as a chunk: only a build can. */
  bundleWorker: boolean;
}

/** Stands for the worker's URL in the module until the bundle's file names are known. */
const WORKER_URL_PLACEHOLDER = '__briefing_preview_card_worker_url__';
const PLACEHOLDER_LITERAL = new RegExp(`(["'\`])${WORKER_URL_PLACEHOLDER}\\1`, 'gu');

function previewCardsModule({ cacheDir, root, worker, bundleWorker }: ModuleOptions): Plugin {
  let workerRef: string | undefined;
  return {
    name: 'briefing:preview-cards',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // In `astro dev`, an edit to the card code or the lock file reloads this module with a new digest.
      for (const file of rendererInputs(root)) this.addWatchFile(file);
      const digest = rendererDigest(root);
      if (bundleWorker) workerRef = this.emitFile({ type: 'chunk', id: worker, name: 'preview-card-worker' });
      return [
        `export const cardCacheDir = ${JSON.stringify(cacheDir)};`,
        `export const rendererDigest = ${JSON.stringify(digest)};`,
        `export const cardWorkerUrl = ${bundleWorker ? JSON.stringify(WORKER_URL_PLACEHOLDER) : 'undefined'};`,
      ].join('\n');
    },
    renderChunk(code, chunk) {
      if (workerRef === undefined || !code.includes(WORKER_URL_PLACEHOLDER)) return null;
      const ref = workerRef;
      // The worker's file relative to the chunk that imports it, resolved where the chunk runs.
      const relative = posix.relative(posix.dirname(chunk.fileName), this.getFileName(ref));
      const url = `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`;
      return { code: code.replace(PLACEHOLDER_LITERAL, url), map: null };
    },
  };
}
