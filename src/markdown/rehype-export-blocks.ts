import type { Root } from 'hast';
import type { Plugin } from 'unified';
import type { ArticleBlock } from '../briefing/types';

/**
 * Hand the addressable blocks and their fact mentions to Astro, which stores plugin frontmatter with
 * each rendered entry (`entry.rendered.metadata.frontmatter.blocks`). The fact graph is then built from
 * the same render the reader sees, without parsing any article twice.
 */
const rehypeExportBlocks: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const mentions = file.data.mentions;
    const reasons = file.data.mentionReasons;
    const blocks: ArticleBlock[] = (file.data.blocks ?? []).map((block) => ({
      ...block,
      mentions: mentions?.get(block.id) ?? [],
      mentionReasons: reasons?.get(block.id) ?? [],
    }));
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.blocks = blocks;
    file.data.astro.frontmatter.duplicateIds = file.data.duplicateIds ?? [];
    file.data.astro.frontmatter.rawHtml = file.data.rawHtml ?? [];
    file.data.astro.frontmatter.unsafeLinks = file.data.unsafeLinks ?? [];
  };
};

export default rehypeExportBlocks;
