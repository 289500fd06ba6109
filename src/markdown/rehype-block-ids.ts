import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { splitExplicitId } from '../model/anchors';
import { blockIds } from '../model/block-ids';
import type { AddressableBlock } from '../schemas/article-block';
import { findBlocks } from './find-blocks';

export interface BlockIdsOptions {
  /** The page's own ids, which no block may take (`ARTICLE_PAGE_IDS` for an article). */
  reserved?: ReadonlySet<string>;
}

/** An id written in the document that cannot stand, where it is written. */
export interface BlockIdProblem {
  /**
   * `repeated`: an earlier block has it too; `reserved`: the page uses it for its own part;
   * `unread`: the block ends like `{#…}`, but Markdown read part of it as formatting (`{#__x__}`).
   */
  kind: 'repeated' | 'reserved' | 'unread';
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
 * frontmatter's `anchorAliases` gets an empty anchor in the block that now has it. The blocks are
 * recorded on `file.data.blocks` for the fact graph, and ids that cannot stand (written twice, the
 * page's own, or not read as an id) on `file.data.blockIdProblems` for the content check.
 */
const rehypeBlockIds: Plugin<[BlockIdsOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const reserved = options.reserved ?? new Set<string>();
    const found = findBlocks(tree);
    const names = blockIds(found, { reserved });
    const blocks = found.map((block, i) => ({ ...block, id: names.ids[i] ?? '' }));
    for (const block of blocks) block.element.properties.id = block.id;
    file.data.blocks = blocks.map(({ id, kind, text }): AddressableBlock => ({ id, kind, text }));
    const problem = (kind: BlockIdProblem['kind'], i: number, id = blocks[i]?.id ?? ''): BlockIdProblem => ({
      kind,
      id,
      line: blocks[i]?.element.position?.start.line,
    });
    file.data.blockIdProblems = [
      ...names.duplicates.map((i) => problem('repeated', i)),
      ...names.reserved.map((i) => problem('reserved', i)),
      ...found.flatMap((block, i) => {
        const unread = block.explicitId === undefined ? splitExplicitId(block.text).id : undefined;
        return unread === undefined ? [] : [problem('unread', i, unread)];
      }),
    ];

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
    /** Ids written in the document that cannot stand, for the content check. */
    blockIdProblems: BlockIdProblem[];
  }
}

export default rehypeBlockIds;
