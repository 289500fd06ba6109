import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { blockIds } from '../briefing/block-ids';
import type { AddressableBlock } from '../schemas/article-block';
import { findBlocks } from './find-blocks';

export interface BlockIdsOptions {
  /** The page's own ids, which no block may take (`ARTICLE_PAGE_IDS` for an article). */
  reserved?: ReadonlySet<string>;
}

/** An explicit id that cannot stand, where it is written. */
export interface IdAtLine {
  id: string;
  /** Line in the document, when known. */
  line: number | undefined;
}

/**
 * Add `id`s to headings, paragraphs and list items.
 *
 * ```md
 * Some paragraph. {#p-some-paragraph}     → <p id="p-some-paragraph">Some paragraph.</p>
 * ## Beijing’s Economic Retaliation        → <h2 id="beijings-economic-retaliation">…</h2>
 * ```
 *
 * The ids are those of `blockIds` (the importer's too): an explicit trailing `{#id}` wins; otherwise
 * the id comes from the block's own text, never from its position. A former id listed in the
 * frontmatter's `anchorAliases` gets an empty anchor in the block that now has it. The blocks are recorded on
 * `file.data.blocks` for the fact graph, explicit ids written twice or taken from the page on
 * `file.data.duplicateIds` and `file.data.reservedIds` for the content check.
 */
const rehypeBlockIds: Plugin<[BlockIdsOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const reserved = options.reserved ?? new Set<string>();
    const found = findBlocks(tree);
    const names = blockIds(found, { reserved });
    const blocks = found.map((block, i) => ({ ...block, id: names.ids[i] ?? '' }));
    for (const block of blocks) block.element.properties.id = block.id;
    file.data.blocks = blocks.map(({ id, kind, text }): AddressableBlock => ({ id, kind, text }));
    const at = (i: number): IdAtLine => ({ id: blocks[i]?.id ?? '', line: blocks[i]?.element.position?.start.line });
    file.data.duplicateIds = names.duplicates.map(at);
    file.data.reservedIds = names.reserved.map(at);

    // Old id → current id (frontmatter `anchorAliases`): an empty anchor keeps old links working.
    const byId = new Map<string, Element>();
    for (const block of blocks) if (!byId.has(block.id)) byId.set(block.id, block.element);
    for (const [oldId, currentId] of ownEntries(file.data.astro?.frontmatter?.anchorAliases)) {
      const target = byId.get(currentId);
      if (!target || byId.has(oldId) || reserved.has(oldId)) continue;
      target.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id: oldId, className: ['alias-anchor'], ariaHidden: 'true' },
        children: [],
      });
    }
  };
};

/** The own string entries of frontmatter's `anchorAliases` (a YAML mapping), whatever their keys. */
function ownEntries(value: unknown): Array<[string, string]> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

declare module 'vfile' {
  interface DataMap {
    /** Addressable blocks of the document, in order. */
    blocks: AddressableBlock[];
    /** Explicit ids written on more than one block (each repetition). */
    duplicateIds: IdAtLine[];
    /** Explicit ids that are one of the page's own. */
    reservedIds: IdAtLine[];
  }
}

export default rehypeBlockIds;
