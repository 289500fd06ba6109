import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { findBlocks, type FoundBlock } from './find-blocks';
import { SOURCE_REMARK_PLUGINS } from './pipeline';

/**
 * The blocks of an article body as the site finds them — read with the briefing's Markdown syntax and
 * source plugins, up to where the block-id plugin runs — without rendering anything. The importer
 * names the blocks of the article it writes from this reading, so they are the site's blocks by
 * construction. Raw HTML the reading met is returned too (the site would refuse the article).
 */
export function readBlocks(markdown: string): { blocks: FoundBlock[]; rawHtml: Array<{ line: number; html: string }> } {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of SOURCE_REMARK_PLUGINS) processor.use(plugin);
  const reader = processor.use(remarkRehype);
  const file = new VFile({ value: markdown });
  const tree: Root = reader.runSync(reader.parse(file), file);
  return { blocks: findBlocks(tree), rawHtml: file.data.rawHtml ?? [] };
}
