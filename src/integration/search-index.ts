import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MAIN_BUNDLE,
  SEARCH_SHARD_ATTRIBUTE,
  SEARCH_SHARD_NAME,
  SHARD_LIST,
  SHARDS_FOLDER,
} from '../model/search-shard';
import { htmlFiles } from './html-files';
import { linkTree } from './link-tree';

/** Pagefind's options: part of what the index is made from. */
const PAGEFIND_OPTIONS = { forceLanguage: 'en' } as const;

/**
 * Indexes the built site for search with Pagefind once Astro has written it, so a plain `astro build`
 * ships a working search. Only the parts of pages marked `data-pagefind-body` are indexed, so
 * navigation, redirect pages and the 404 page are not. A failure fails the build.
 *
 * The index is written in shards (src/model/search-shard.ts): the article pages of each month of
 * publication in `pagefind-shards/<shard>/`, every other page in the main index, `pagefind/`, which
 * lists the shards for the browser to merge with Pagefind's `mergeIndex`. Each shard is kept in Astro's
 * cacheDir (`search-index/`) with a digest of the HTML files it was made from, and a build indexes only
 * the shards whose pages changed: adding a source indexes its month and the main index (whose lists
 * name it), not every article.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let pagefind: PagefindPackage = { dir: '', manifest: '' };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        pagefind = pagefindPackage(fileURLToPath(config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { shards, indexed, files } = await indexForSearch(fileURLToPath(dir), { cacheDir, pagefind });
        logger.info(
          indexed.length === 0
            ? '✓ search index: no page changed, the last build’s index is reused'
            : `✓ search index: ${indexed.length} of ${shards} shards indexed again (${indexed.join(', ')}; ${files} files), the others reused`,
        );
      },
    },
  };
}

/** Pagefind as the project installed it: its folder, and its package.json, whose text keys the kept shards. */
export interface PagefindPackage {
  dir: string;
  manifest: string;
}

export function pagefindPackage(root: string): PagefindPackage {
  const dir = join(root, 'node_modules', 'pagefind');
  return { dir, manifest: readIfPresent(join(dir, 'package.json')) ?? '' };
}

/**
 * Pagefind's Node API, loaded only when a shard must be indexed: a build that changed no page never
 * loads it. It is required from its file by Node itself (Pagefind is an ES module without top-level
 * await, which Node 22.12+ requires), not imported: this code runs in the module runner Vite loaded
 * the config with, which Astro has closed by the time the site is built.
 */
let pagefindApi: typeof import('pagefind') | undefined;

function loadPagefind({ dir, manifest }: PagefindPackage): typeof import('pagefind') {
  if (pagefindApi) return pagefindApi;
  const entry = manifest
    ? (JSON.parse(manifest) as { exports?: { '.'?: { import?: string } } }).exports?.['.']?.import
    : undefined;
  if (!entry) throw new Error(`Pagefind is not installed in ${dir} (the search index needs it): run npm ci.`);
  pagefindApi = createRequire(import.meta.url)(join(dir, entry)) as typeof import('pagefind');
  return pagefindApi;
}

interface Shard {
  /** Undefined for the main index. */
  name?: string;
  /** The HTML files, by path relative to the site. */
  files: Array<{ path: string; content: string }>;
}

/**
 * Writes the search index into a built site: each shard from the cache when its pages are unchanged,
 * indexed again otherwise. Returns how many shards there are (the main index included), which were
 * indexed again (`main` for the main index), and how many HTML files they held; throws Pagefind's messages.
 */
export async function indexForSearch(
  siteDir: string,
  cache: { cacheDir: string; pagefind: PagefindPackage },
): Promise<{ shards: number; indexed: string[]; files: number }> {
  const shards = shardsOf(siteDir);
  const indexed: string[] = [];
  let files = 0;
  try {
    for (const shard of shards) {
      const output = join(siteDir, shard.name ? join(SHARDS_FOLDER, shard.name) : MAIN_BUNDLE);
      const kept = join(cache.cacheDir, shard.name ? join('shards', shard.name) : 'main');
      const digest = shardDigest(shard, cache.pagefind.manifest);
      if (restoreShard(kept, digest, output)) continue;
      await writeShard(loadPagefind(cache.pagefind), shard, output);
      keepShard(kept, digest, output);
      indexed.push(shard.name ?? 'main');
      files += shard.files.length;
    }
  } finally {
    if (pagefindApi) await pagefindApi.close();
  }
  const names = shards.flatMap((shard) => (shard.name ? [shard.name] : []));
  // Written aside and renamed: the main index's files are links to the kept ones (link-tree.ts), never written in place.
  const list = join(siteDir, MAIN_BUNDLE, SHARD_LIST);
  writeFileSync(`${list}.tmp`, `${JSON.stringify({ shards: names })}\n`);
  renameSync(`${list}.tmp`, list);
  forgetShardsOtherThan(join(cache.cacheDir, 'shards'), new Set(names));
  return { shards: shards.length, indexed, files };
}

/** A tag (not text: text cannot hold an unescaped `<`) carrying the shard attribute, and its value. */
const SHARD_MARK = new RegExp(`<[a-zA-Z][^>]*?\\s${SEARCH_SHARD_ATTRIBUTE}="([^"]*)"`);

/** The site's HTML files by shard, the main index first, the others by name. */
function shardsOf(siteDir: string): Shard[] {
  const main: Shard = { files: [] };
  const named = new Map<string, Shard>();
  for (const file of htmlFiles(siteDir)) {
    const path = relative(siteDir, file);
    const content = readFileSync(file, 'utf8');
    const name = SHARD_MARK.exec(content)?.[1];
    if (name === undefined) {
      main.files.push({ path, content });
      continue;
    }
    if (!SEARCH_SHARD_NAME.test(name))
      throw new Error(
        `${path}: ${SEARCH_SHARD_ATTRIBUTE}="${name}" is not a shard name (lower-case letters and digits joined by hyphens; see src/model/search-shard.ts).`,
      );
    const shard = named.get(name) ?? { name, files: [] };
    shard.files.push({ path, content });
    named.set(name, shard);
  }
  return [main, ...[...named.values()].sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : 1))];
}

async function writeShard(pagefind: typeof import('pagefind'), shard: Shard, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const where = shard.name ? `the search shard ${shard.name}` : 'the main search index';
  // One after the other, in path order: the index Pagefind writes is then the same bytes on every build.
  for (const file of shard.files) {
    const added = await index.addHTMLFile({ sourcePath: file.path, content: file.content });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file.path}: ${added.errors.join('; ')}`);
  }
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${where}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // A merged index is searched by the main index's code: a shard keeps its index files only.
  if (shard.name)
    for (const entry of readdirSync(outputPath))
      if (PAGEFIND_CODE.test(entry)) rmSync(join(outputPath, entry), { recursive: true, force: true });
}

/** Pagefind's code in a bundle (its scripts, styles and WebAssembly), as opposed to the index it searches. */
const PAGEFIND_CODE = /^pagefind(?:-[a-z-]+)?\.(?:js|css)$|^wasm\./;

/** What a shard is made from: Pagefind (its package.json) and options, and its HTML files' paths and bytes. */
function shardDigest(shard: Shard, pagefindPackage: string): string {
  const hash = createHash('sha256')
    .update(pagefindPackage)
    .update(JSON.stringify(PAGEFIND_OPTIONS))
    .update(shard.name ?? '');
  for (const file of shard.files) hash.update('\0').update(file.path).update('\0').update(file.content);
  return hash.digest('hex');
}

const DIGEST_FILE = 'digest';

/** Copies a kept shard into the site when it was made from the same pages; false when there is none. */
function restoreShard(kept: string, digest: string, output: string): boolean {
  const bundle = join(kept, 'pagefind');
  if (!existsSync(bundle) || readIfPresent(join(kept, DIGEST_FILE)) !== digest) return false;
  rmSync(output, { recursive: true, force: true });
  linkTree(bundle, output);
  return true;
}

/** Keeps a shard for the next build; the digest is written last, so half a copy is never reused. */
function keepShard(kept: string, digest: string, output: string): void {
  rmSync(join(kept, DIGEST_FILE), { force: true });
  rmSync(join(kept, 'pagefind'), { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  linkTree(output, join(kept, 'pagefind'));
  writeFileSync(join(kept, DIGEST_FILE), digest);
}

/** Deletes kept shards the site no longer has (a month whose sources were all removed). */
function forgetShardsOtherThan(shardsDir: string, names: ReadonlySet<string>): void {
  if (!existsSync(shardsDir)) return;
  for (const entry of readdirSync(shardsDir))
    if (!names.has(entry)) rmSync(join(shardsDir, entry), { recursive: true, force: true });
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
