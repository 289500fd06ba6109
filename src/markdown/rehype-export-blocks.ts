import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { ArticleBlock } from '../schemas/article-block';

/** A heading as Astro lists it for `render()` (the page's "On this page" contents). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Hand what the render found to the loader, in plugin frontmatter (`file.data.astro.frontmatter`, as
 * under Astro): the addressable blocks and their fact mentions, the headings for the page's contents,
 * and what the content check reports. The fact graph is then built from the same render the reader
 * sees, without parsing any article twice.
 */
const rehypeExportBlocks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const headings: RenderedHeading[] = [];
    visit(tree, 'element', (node) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (depth && typeof node.properties.id === 'string')
        headings.push({ depth: Number(depth), slug: node.properties.id, text: toString(node).trim() });
    });
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
    file.data.astro.frontmatter.headings = headings;
    file.data.astro.frontmatter.blockIdProblems = file.data.blockIdProblems ?? [];
    file.data.astro.frontmatter.rawHtml = file.data.rawHtml ?? [];
    file.data.astro.frontmatter.unsafeLinks = file.data.unsafeLinks ?? [];
    file.data.astro.frontmatter.remoteImages = file.data.remoteImages ?? [];
  };
};

export default rehypeExportBlocks;
