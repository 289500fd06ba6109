import * as pagefind from 'pagefind';

/**
 * Indexes a built site for search with Pagefind, writing `pagefind/` into it. Only the parts of pages
 * marked `data-pagefind-body` are indexed, so navigation, redirect pages and the 404 page are not.
 * Returns the number of pages indexed; throws with Pagefind's own messages on failure.
 */
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
