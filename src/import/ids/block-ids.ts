import type { Heading, List, Nodes, Paragraph, Root } from 'mdast';
import { assignIds, EXPLICIT_ID, slugify, splitExplicitId } from '../../briefing/anchors';
import { blockText, isLooseList } from './block-text';
import type { ImportRole } from '../formats/source-metadata';

/** A block of the written article that readers can link to, as the site will render it. */
export interface WrittenBlock {
  id: string;
  kind: 'paragraph' | 'list-item' | 'heading';
  /** The block's text without its id, exactly as it will be rendered. */
  text: string;
  /** What the parser recognised the block (or the list or quote it is in) as, if anything. */
  role?: ImportRole;
}

export interface BlockIdOptions {
  /**
   * Keep a trailing `{#id}` already written in the input as the block's id. Only for Markdown input,
   * where that is markup (e.g. re-importing an article); in plain text or HTML it is just text.
   */
  keepExplicitIds?: boolean;
}

interface Found {
  node: Paragraph | Heading;
  kind: WrittenBlock['kind'];
  text: string;
  explicitId?: string;
  role?: ImportRole;
}

/**
 * Gives every paragraph, list item and blockquote paragraph an explicit trailing `{#p-…}` id, derived
 * from its own words with `derivedParagraphId` and made unique with a hash of its text (`assignIds`),
 * so the id never depends on position. Headings keep the slug the site gives them; a heading whose text
 * happens to end like `{#…}` gets its slug written explicitly, so that text is not taken for an id.
 * Returns the tree with ids appended, the blocks in rendering order, and explicit ids the input repeats.
 */
export function addBlockIds(
  tree: Root,
  options: BlockIdOptions = {},
): { tree: Root; blocks: WrittenBlock[]; duplicateIds: string[] } {
  const copy = structuredClone(tree);
  const found: Found[] = [];
  collect(copy, { list: undefined, role: undefined }, found, options);

  const headingSlugs = new Map<string, number>();
  for (const block of found) {
    if (block.kind !== 'heading') continue;
    const base = slugify(block.text) || 'section';
    const seen = headingSlugs.get(base) ?? 0;
    headingSlugs.set(base, seen + 1);
    block.explicitId = seen === 0 ? base : `${base}-${seen + 1}`;
  }
  const { ids, duplicates } = assignIds(found);
  const blocks = found.map((block, i): WrittenBlock => {
    const id = ids[i] ?? '';
    const writeId = block.kind !== 'heading' || EXPLICIT_ID.test(block.text);
    if (writeId) block.node.children.push({ type: 'text', value: ` {#${id}}` });
    return { id, kind: block.kind, text: block.text, ...(block.role ? { role: block.role } : {}) };
  });
  return { tree: copy, blocks, duplicateIds: duplicates };
}

/** Where a node sits: in which list (for tight/loose) and under which recognised role. */
interface Context {
  list: List | undefined;
  role: ImportRole | undefined;
}

function collect(node: Nodes, context: Context, into: Found[], options: BlockIdOptions): void {
  const role = node.data?.importRole ?? context.role;
  if (node.type === 'heading') {
    into.push({ node, kind: 'heading', text: blockText(node).trim(), role });
    return;
  }
  if (node.type === 'paragraph') {
    const explicitId = options.keepExplicitIds ? takeExplicitId(node) : undefined;
    const kind = context.list && !isLooseList(context.list) ? 'list-item' : 'paragraph';
    into.push({ node, kind, text: blockText(node).trim(), explicitId, role });
    return;
  }
  if (node.type === 'list') {
    for (const item of node.children) collect(item, { list: node, role }, into, options);
    return;
  }
  if (node.type === 'listItem') {
    for (const child of node.children) collect(child, { list: context.list, role }, into, options);
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, { list: undefined, role }, into, options);
}

/** Removes a trailing `{#id}` written in the input and returns it. */
function takeExplicitId(paragraph: Paragraph): string | undefined {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const { text, id } = splitExplicitId(last.value);
  if (!id) return undefined;
  last.value = text;
  if (text === '') paragraph.children.pop();
  return id;
}
