import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { valueDigest } from '../briefing/views/value-digest';
import type { DraftFor } from '../drafting/complete-accounts';
import type { Account } from '../schemas/fact';
import { folderCache, type DigestCache } from './folder-cache';

/** Accounts the build drafted (null: nothing to draft), by a digest of the fact and the article. */
export type DraftCache = DigestCache<Account | null>;

/** The draft cache of a build whose cache folder (Astro's `cacheDir`) is `cacheDir`, beside the render cache. */
export function buildDraftCache(cacheDir: string): DraftCache {
  return folderCache<Account | null>(join(cacheDir, 'briefing-drafts'));
}

/**
 * `draft` through `cache`: an account is drafted again only when the fact's file or the article changed.
 * The article's digest covers its text, its frontmatter, the recognition rules that found the passages
 * and the pipeline's code, drafting included (pipeline-digest.ts); the fact's digest covers its file.
 */
export function cachedDrafting(
  draft: DraftFor,
  cache: DraftCache,
  articleDigest: (id: string) => string | undefined,
): DraftFor {
  return (fact, article, passages) => {
    const digest = articleDigest(article.id);
    if (digest === undefined) return draft(fact, article, passages);
    const key = createHash('sha256')
      .update(digest)
      .update('\n')
      .update(fact.id)
      .update('\n')
      .update(valueDigest(fact.data))
      .digest('hex');
    const cached = cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const account = draft(fact, article, passages);
    cache.set(key, account ?? null);
    return account;
  };
}
