import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site for search with Pagefind once Astro has written it, so a plain `astro build`
 * ships a working search. Only the parts of pages marked `data-pagefind-body` are indexed, so
 * navigation, redirect pages and the 404 page are not. A failure fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexForSearch(fileURLToPath(dir));
        logger.info(`✓ search index: ${indexed} pages`);
      },
    },
  };
}

/** Writes `pagefind/` into a built site; returns the number of pages indexed, or throws Pagefind's messages. */
export async function indexForSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
