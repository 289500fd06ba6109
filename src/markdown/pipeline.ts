import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Plugin } from 'unified';
import { ARTICLE_PAGE_IDS } from '../model/page-ids';
import type { Recognisers } from '../recognition/compile-recognisers';
import { autolinkHeadings } from './autolink-headings';
import rehypeBlockIds from './rehype-block-ids';
import rehypeExportBlocks from './rehype-export-blocks';
import rehypeFactMentions from './rehype-fact-mentions';
import rehypeRemoteImages from './rehype-remote-images';
import remarkFactDirectives from './remark-fact-directives';
import remarkRejectRawHtml from './remark-reject-raw-html';
import remarkSafeLinks from './remark-safe-links';
import { rehypeSanitizeSource } from './sanitize-schema';

export interface BriefingPipelineOptions {
  /** The facts' recognition rules, compiled once (`compileRecognisers`). */
  recognisers: Recognisers;
  /** Address of a fact page, base path included. */
  factHref: (factId: string) => string;
  /** This article's block ids → facts never linked from them (see `FactMentionsOptions.unlinked`). */
  unlinked?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * How a source article's Markdown is read (after GFM), before it becomes HTML: directives, then raw
 * HTML and unsafe links made inert. The site's render and the importer's reading of what it writes
 * (`readBlocks`) both use this list.
 */
export const SOURCE_REMARK_PLUGINS: ReadonlyArray<Plugin<[], Root>> = [
  remarkDirective,
  remarkFactDirectives,
  remarkRejectRawHtml,
  remarkSafeLinks,
];

/**
 * The briefing's Markdown pipeline, in order: directives → raw HTML and unsafe links made inert →
 * (remark-rehype) →
 * block ids → fact mentions → heading anchors → remote images made links → export for the fact graph → sanitise (defence in depth: only what Markdown and
 * these plugins make may reach the page). Astro's config and the tests use this one list.
 */
export function briefingPlugins(options: BriefingPipelineOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [...SOURCE_REMARK_PLUGINS],
    rehypePlugins: [
      [rehypeBlockIds, { reserved: ARTICLE_PAGE_IDS }],
      [
        rehypeFactMentions,
        {
          recognisers: options.recognisers,
          factHref: options.factHref,
          ...(options.unlinked ? { unlinked: options.unlinked } : {}),
        },
      ],
      autolinkHeadings,
      rehypeRemoteImages,
      rehypeExportBlocks,
      rehypeSanitizeSource,
    ],
  };
}
