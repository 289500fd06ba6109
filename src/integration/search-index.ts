import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlFiles } from './html-files';

/** Pagefind's options: part of what the index is made from. */
const PAGEFIND_OPTIONS = { forceLanguage: 'en' } as const;

/**
 * Indexes the built site for search with Pagefind once Astro has written it, so a plain `astro build`
 * ships a working search. Only the parts of pages marked `data-pagefind-body` are indexed, so
 * navigation, redirect pages and the 404 page are not. A failure fails the build.
 *
 * The index is kept in Astro's cacheDir (`search-index/`) with a digest of every HTML file it was made
 * from: when no page changed (Astro's incremental build restored them all), the kept index is copied
 * instead of indexing the site again.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let pagefindVersion = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        pagefindVersion =
          readIfPresent(fileURLToPath(new URL('node_modules/pagefind/package.json', config.root))) ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const digest = pagesDigest(siteDir, pagefindVersion);
        if (restoreIndex(cacheDir, digest, siteDir)) {
          logger.info('✓ search index: no page changed, the last build’s index is reused');
          return;
        }
        const indexed = await indexForSearch(siteDir);
        keepIndex(cacheDir, digest, siteDir);
        logger.info(`✓ search index: ${indexed} pages`);
      },
    },
  };
}

/** Writes `pagefind/` into a built site; returns the number of pages indexed, or throws Pagefind's messages. */
export async function indexForSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** What the index is made from: Pagefind (its package.json) and options, and every HTML file's path and bytes. */
function pagesDigest(siteDir: string, pagefindPackage: string): string {
  const hash = createHash('sha256').update(pagefindPackage).update(JSON.stringify(PAGEFIND_OPTIONS));
  for (const file of htmlFiles(siteDir))
    hash.update('\0').update(relative(siteDir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const DIGEST_FILE = 'digest';

/** Copies the kept index into the site when it was made from the same pages; false when there is none. */
function restoreIndex(cacheDir: string, digest: string, siteDir: string): boolean {
  const kept = join(cacheDir, 'pagefind');
  if (!existsSync(kept) || readIfPresent(join(cacheDir, DIGEST_FILE)) !== digest) return false;
  cpSync(kept, join(siteDir, 'pagefind'), { recursive: true });
  return true;
}

/** Keeps the site's index for the next build; the digest is written last, so half a copy is never reused. */
function keepIndex(cacheDir: string, digest: string, siteDir: string): void {
  rmSync(join(cacheDir, DIGEST_FILE), { force: true });
  rmSync(join(cacheDir, 'pagefind'), { recursive: true, force: true });
  cpSync(join(siteDir, 'pagefind'), join(cacheDir, 'pagefind'), { recursive: true });
  writeFileSync(join(cacheDir, DIGEST_FILE), digest);
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
