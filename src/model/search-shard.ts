import { ID_PATTERN } from './ids';

/**
 * The search index is written in shards (src/integration/search-index.ts) so that adding a source indexes
 * one shard again, not the whole site: every article page goes in the shard of its month of publication,
 * where its neighbours in reading order usually are too, and every other page (facts, lists, about) in the
 * main index. A page names its shard in this attribute; pages without it belong to the main index.
 */
export const SEARCH_SHARD_ATTRIBUTE = 'data-search-shard';

/** The main index's folder in the built site: Pagefind's code and the pages that name no shard. */
export const MAIN_BUNDLE = 'pagefind';
/** The folder of the other shards' indexes in the built site, one folder per shard. */
export const SHARDS_FOLDER = 'pagefind-shards';
/** The list of the other shards (`{ "shards": [name…] }`) in the main index's folder: what the browser merges. */
export const SHARD_LIST = 'shards.json';

/** What a shard name may be: it is a folder name in the built site and in the cache, written as an id is. */
export const SEARCH_SHARD_NAME = ID_PATTERN;

/** The shard of an article page, from its publication date (`YYYY-MM-DD`, stated or inferred), if known. */
export function articleSearchShard(published: string | undefined): string {
  const month = published === undefined ? undefined : /^(\d{4})-(\d{2})/.exec(published);
  return month ? `articles-${month[1]}-${month[2]}` : 'articles-undated';
}
