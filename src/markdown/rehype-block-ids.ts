import type { Element, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { assignIds, slugify, splitExplicitId } from '../briefing/anchors';

/** A block of an article that readers can link to. */
export interface AddressableBlock {
  id: string;
  kind: 'paragraph' | 'list-item' | 'heading';
  text: string;
}

export interface BlockIdsOptions {
  /**
   * Old id → current id: an alias anchor keeps old links working after an id changes. A document can
   * add its own in frontmatter (`anchorAliases`).
   */
  aliases?: Readonly<Record<string, string>>;
}

const HEADING = /^h[2-6]$/;

/**
 * Add `id`s to headings, paragraphs and list items.
 *
 * ```md
 * Some paragraph. {#p-some-paragraph}     → <p id="p-some-paragraph">Some paragraph.</p>
 * ## Beijing’s Economic Retaliation        → <h2 id="beijings-economic-retaliation">…</h2>
 * ```
 *
 * An explicit trailing `{#id}` wins; otherwise the id comes from the block's own text (see
 * `anchors.ts`), never from its position, so adding or removing other blocks leaves it alone.
 * The blocks are recorded on `file.data.blocks` for the fact graph.
 */
const rehypeBlockIds: Plugin<[BlockIdsOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const fromFrontmatter = file.data.astro?.frontmatter?.anchorAliases as Record<string, string> | undefined;
    const aliases = { ...options.aliases, ...fromFrontmatter };
    const found: Array<{ node: Element; kind: AddressableBlock['kind']; text: string; explicitId?: string }> = [];
    visit(tree, 'element', (node) => {
      const kind = blockKind(node);
      if (!kind) return;
      // An id set by an earlier plugin (GFM's footnote label) is kept; aria-describedby points at it.
      const existing = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const explicitId = takeExplicitId(node) ?? existing;
      found.push({ node, kind, text: toString(node).trim(), explicitId });
    });

    const authored = new Set(found.map((block) => block.explicitId).filter(Boolean));
    const headingSlugs = new Map<string, number>();
    for (const heading of found.filter((block) => block.kind === 'heading' && !block.explicitId)) {
      const base = slugify(heading.text) || 'section';
      const seen = headingSlugs.get(base) ?? 0;
      headingSlugs.set(base, seen + 1);
      let id = seen === 0 ? base : `${base}-${seen + 1}`;
      while (authored.has(id)) id = `${id}-section`;
      heading.explicitId = id;
    }
    const { ids, duplicates } = assignIds(found);
    found.forEach((block, i) => {
      block.node.properties.id = ids[i];
    });
    file.data.blocks = found.map((block, i) => ({ id: ids[i] ?? '', kind: block.kind, text: block.text }));
    file.data.duplicateIds = duplicates;

    const present = new Set(ids);
    for (const [oldId, currentId] of Object.entries(aliases)) {
      const target = found.find((_block, i) => ids[i] === currentId);
      if (!target || present.has(oldId)) continue;
      target.node.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id: oldId, className: ['alias-anchor'], ariaHidden: 'true' },
        children: [],
      });
    }
  };
};

function blockKind(node: Element): AddressableBlock['kind'] | undefined {
  if (HEADING.test(node.tagName)) return 'heading';
  if (node.tagName === 'li') {
    const hasParagraphs = node.children.some((child) => child.type === 'element' && child.tagName === 'p');
    return hasParagraphs ? undefined : 'list-item';
  }
  if (node.tagName === 'p') return 'paragraph';
  return undefined;
}

/** Removes a trailing `{#id}` from the block's last text and returns the id. */
function takeExplicitId(node: Element): string | undefined {
  const last = lastText(node);
  if (!last) return undefined;
  const { text, id } = splitExplicitId(last.value);
  if (id) last.value = text;
  return id;
}

function lastText(node: Element): Text | undefined {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (!child) continue;
    if (child.type === 'text') return child.value.trim() === '' ? lastText({ ...node, children: node.children.slice(0, i) }) : child;
    if (child.type === 'element') return lastText(child);
    return undefined;
  }
  return undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Addressable blocks of the document, in order. */
    blocks: AddressableBlock[];
    /** Explicit ids written more than once. */
    duplicateIds: string[];
  }
}

export default rehypeBlockIds;
