import { join } from 'node:path';
import type { ArticleAnalysis } from '../markdown/analyse-article';
import { folderCache, type DigestCache } from './folder-cache';

/** What rendering one article produced, kept so an unchanged article is not rendered again. */
export type RenderedArticle = ArticleAnalysis;

/** Earlier renders by digest (see `LoadedArticle.digest`: the article, the rules, the base path and the pipeline's code). */
export type RenderCache = DigestCache<RenderedArticle>;

/** The render cache of a build whose cache folder (Astro's `cacheDir`) is `cacheDir`: the build and the editing commands share it. */
export function buildRenderCache(cacheDir: string): RenderCache {
  return folderCache<RenderedArticle>(join(cacheDir, 'briefing-renders'));
}
