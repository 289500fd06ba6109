import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../markdown/analyse-article';

/** What rendering one article produced, kept so an unchanged article is not rendered again. */
export type RenderedArticle = ArticleAnalysis;

/** Earlier renders by digest (see `LoadedArticle.digest`). */
export interface RenderCache {
  get(digest: string): RenderedArticle | undefined;
  set(digest: string, rendered: RenderedArticle): void;
}

/** The render cache of a build whose cache folder (Astro's `cacheDir`) is `cacheDir`: the build and the editing commands share it. */
export function buildRenderCache(cacheDir: string): RenderCache {
  return folderRenderCache(join(cacheDir, 'briefing-renders'));
}

/**
 * A render cache in a folder, one JSON file per digest. It is content-addressed (the digest covers the
 * article, the rules, the base path and the pipeline's code), so it never serves a stale render and can
 * be kept between builds — in Astro's cache folder, which hosts can keep in their build cache.
 */
export function folderRenderCache(folder: string): RenderCache {
  const path = (digest: string) => join(folder, `${digest}.json`);
  return {
    get(digest) {
      try {
        return JSON.parse(readFileSync(path(digest), 'utf8')) as RenderedArticle;
      } catch {
        return undefined;
      }
    },
    set(digest, rendered) {
      try {
        mkdirSync(folder, { recursive: true });
        // Written aside and renamed, so a killed build never leaves half a file under the digest.
        const scratch = `${path(digest)}.${process.pid}.tmp`;
        writeFileSync(scratch, JSON.stringify(rendered));
        renameSync(scratch, path(digest));
      } catch {
        // A cache that cannot be written only costs time on the next build.
      }
    },
  };
}
