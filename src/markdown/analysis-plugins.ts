import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { autolinkHeadings } from './autolink-headings';
import rehypeBlockIds from './rehype-block-ids';
import remarkSafeLinks from './remark-safe-links';

/*
 * Apart from pipeline.ts: astro.config.mjs imports this, and Vite loads the config's imports before
 * every build, so it must not bring the article pipeline's recognition (and the English model) along.
 */

/**
 * The plugins Astro's MDX runs on the briefing's own analysis (`content/analysis/*.mdx`): the same
 * paragraph ids and heading anchors as articles, so its sections can be linked and shared. No fact
 * links: the analysis cites its sources explicitly with `<Cite>`.
 */
export function analysisPlugins(): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return { remarkPlugins: [remarkSafeLinks], rehypePlugins: [rehypeBlockIds, autolinkHeadings] };
}
