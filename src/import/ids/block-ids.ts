import type { Heading, Nodes, Paragraph, Root, Text } from 'mdast';
import { splitExplicitId } from '../../model/anchors';
import { blockIds } from '../../model/block-ids';
import { ARTICLE_PAGE_IDS } from '../../model/page-ids';
import { readBlocks } from '../../markdown/read-blocks';
import type { AddressableBlock } from '../../schemas/article-block';
import type { ImportRole } from '../formats/source-metadata';
import { renderBody } from '../write/render-markdown';
import { blockText } from './block-text';

/** A block of the written article: a block as the site renders it, plus what only the importer knows. */
export interface WrittenBlock extends AddressableBlock {
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

/** The article body as Markdown with its ids, and what the input got wrong about them. */
export interface BodyWithIds {
  markdown: string;
  /** The addressable blocks, in order, as the site will render them. */
  blocks: WrittenBlock[];
  /** Explicit ids the input gives to more than one block. */
  duplicateIds: string[];
  /** Explicit ids of the input that the article page uses itself (`ARTICLE_PAGE_IDS`). */
  reservedIds: string[];
}

/** A paragraph or heading of the tree, marked so that the site's reading of the Markdown finds it again. */
interface Marked {
  node: Paragraph | Heading;
  marker: Text;
  /** Its text as parsed from the source, for the proof that the Markdown shows it. */
  text: string;
  role: ImportRole | undefined;
  explicitId: string | undefined;
}

/** A block of the site's reading, with the paragraph or heading of the tree it was written from. */
interface Named {
  id: string;
  kind: AddressableBlock['kind'];
  text: string;
  /** Absent for a block the site's pipeline makes itself (a footnote label), which keeps its own id. */
  source: Marked | undefined;
  explicitId: string | undefined;
}

/**
 * Writes the body as Markdown with an explicit trailing `{#p-…}` on every paragraph and list item,
 * so its id stays put when its words are corrected later. The ids are not worked out here: the
 * Markdown is read back as the site reads it (`readBlocks`) and named by the site's own `blockIds`,
 * so the blocks, their kinds, texts and ids are the site's by construction.
 *
 * To find each paragraph and heading of the tree in that reading, each is first written with a
 * numbered `{#…}` marker, which the reading takes for its explicit id; the markers are then replaced
 * by the ids. Headings keep the slug the site gives them, written only where the site would not
 * come to it by itself (a heading whose text ends like `{#…}`, or one whose slug depends on another
 * written heading). The reading also proves that the Markdown shows the source text: an escape
 * missed would be an importer bug, thrown rather than written.
 */
export function addBlockIds(tree: Root, options: BlockIdOptions = {}): BodyWithIds {
  const copy = structuredClone(tree);
  const marked: Marked[] = [];
  collect(copy, undefined, marked, options);
  const byMarker = new Map<string, Marked>();
  marked.forEach((entry, i) => {
    entry.marker.value = ` {#import-block-${i}}`;
    byMarker.set(`import-block-${i}`, entry);
  });

  const read = readBlocks(renderBody(copy));
  const problems = read.rawHtml.map(({ line, html }) => `raw HTML on line ${line}: ${html}`);
  for (const block of read.blocks) {
    const source = block.explicitId === undefined ? undefined : byMarker.get(block.explicitId);
    if (source && visible(block.text) !== visible(source.text))
      problems.push(`renders as ${JSON.stringify(block.text)}, source text is ${JSON.stringify(source.text)}`);
  }
  if (problems.length > 0) {
    // A bug of the importer, not of the input: say what went wrong rather than write a wrong page.
    throw new Error(
      `the written Markdown would not render the source text:\n  - ${problems.slice(0, 10).join('\n  - ')}`,
    );
  }

  const blocks = read.blocks.map((block) => {
    const source = block.explicitId === undefined ? undefined : byMarker.get(block.explicitId);
    return { kind: block.kind, text: block.text, source, explicitId: source ? source.explicitId : block.explicitId };
  });
  const { ids, duplicates, reserved } = blockIds(blocks, { reserved: ARTICLE_PAGE_IDS });
  const named: Named[] = blocks.map((block, i) => ({ ...block, id: ids[i] ?? '' }));

  for (const entry of marked) entry.marker.value = '';
  for (const block of named)
    if (block.source && block.kind !== 'heading') block.source.marker.value = ` {#${block.id}}`;
  for (const block of headingsToWrite(named)) if (block.source) block.source.marker.value = ` {#${block.id}}`;
  for (const entry of marked)
    if (entry.marker.value === '') entry.node.children.splice(entry.node.children.indexOf(entry.marker), 1);

  return {
    markdown: renderBody(copy),
    blocks: named.map((block) => ({
      id: block.id,
      kind: block.kind,
      text: block.text,
      ...(block.source?.role ? { role: block.source.role } : {}),
    })),
    duplicateIds: duplicates.map((i) => ids[i] ?? ''),
    reservedIds: reserved.map((i) => ids[i] ?? ''),
  };
}

/**
 * The headings whose id must be written for the site to give it once the paragraphs carry theirs:
 * those whose text ends like `{#…}` (the site would take that for the id), and those whose slug
 * would come out otherwise (numbered after a heading of the same words that is written) — until
 * every other heading's slug, as the site works it out from the written file, is the one it has.
 */
function headingsToWrite(named: readonly Named[]): Named[] {
  const writes = new Set(
    named.filter((block) => block.kind === 'heading' && block.source && splitExplicitId(block.text).id !== undefined),
  );
  for (;;) {
    const asWritten = blockIds(
      named.map((block) => ({
        kind: block.kind,
        text: block.text,
        explicitId: block.kind !== 'heading' || writes.has(block) || !block.source ? block.id : undefined,
      })),
      { reserved: ARTICLE_PAGE_IDS },
    );
    const differ = named.filter((block, i) => !writes.has(block) && asWritten.ids[i] !== block.id);
    if (differ.length === 0) return [...writes];
    for (const block of differ) writes.add(block);
  }
}

/** Spacing is layout: the browser shows a run of spaces and line breaks as one space. */
function visible(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Marks every paragraph and heading, with the role it inherits from the list or quote it is in. */
function collect(node: Nodes, inherited: ImportRole | undefined, into: Marked[], options: BlockIdOptions): void {
  const role = node.data?.importRole ?? inherited;
  if (node.type === 'paragraph' || node.type === 'heading') {
    const explicitId = options.keepExplicitIds && node.type === 'paragraph' ? takeExplicitId(node) : undefined;
    const text = blockText(node).trim();
    const marker: Text = { type: 'text', value: '' };
    node.children.push(marker);
    into.push({ node, marker, text, role, explicitId });
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, role, into, options);
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
