import { pageCacheKeys, type PageCacheKeys } from '../briefing/views/page-scope';
import { loadBriefing, type BriefingData } from './briefing-data';
import { allPageMeta } from './page-meta';

let computed: { data: BriefingData; keys: Promise<PageCacheKeys> } | undefined;

/** The pages' cache keys (see page-scope.ts) for the briefing the pages render, computed once per load. */
export async function loadPageCacheKeys(): Promise<PageCacheKeys> {
  const data = await loadBriefing();
  if (computed?.data !== data) computed = { data, keys: computeKeys(data) };
  return computed.keys;
}

async function computeKeys(data: BriefingData): Promise<PageCacheKeys> {
  const meta = new Map((await allPageMeta()).map((page) => [page.path, page]));
  return pageCacheKeys({
    ...data,
    articleDigest: (id) => data.articleEntries.get(id)?.digest,
    meta: (path) => meta.get(path),
  });
}

/**
 * The one path of a page made from the whole briefing (the snapshot, the lists, the feeds, the data
 * exports), with its cache key. Astro's incremental build only restores pages that `getStaticPaths()`
 * gives a key, so each such page is a route with one parameter and this one path: it is restored when
 * no content file changed, and rendered again otherwise.
 */
export async function wholeBriefingPage<P extends Record<string, string | undefined>>(
  path: string,
  params: P,
): Promise<Array<{ params: P; cacheKey: string }>> {
  const keys = await loadPageCacheKeys();
  return [{ params, cacheKey: keys.whole(path) }];
}
