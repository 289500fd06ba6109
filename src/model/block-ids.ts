import { derivedParagraphId, slugify } from './anchors';

/** What a block is on the page: a paragraph (`<p>`), a list item without paragraphs (`<li>`), or a heading (`<h2>`–`<h6>`). */
export const BLOCK_KINDS = ['paragraph', 'list-item', 'heading'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A block to name: what it is, its text as the reader sees it, and the `{#id}` written for it, if any. */
export interface BlockToName {
  kind: BlockKind;
  text: string;
  explicitId?: string | undefined;
}

/** The ids of a page's blocks, and the explicit ids that cannot stand. */
export interface BlockIds {
  /** One id per block, in order; unique on the page unless the content repeats an explicit id. */
  ids: string[];
  /** Indexes of the blocks whose explicit id an earlier block already has. */
  duplicates: number[];
  /** Indexes of the blocks whose explicit id is one of the page's own (see `ARTICLE_PAGE_IDS`). */
  reserved: number[];
}

/**
 * The ids of an article's blocks: the one function behind every paragraph and heading id, called by
 * the site's block-id plugin on the rendered page and by the importer on the article it writes, so an
 * imported article carries exactly the ids the site gives it.
 *
 * - An explicit `{#id}` is kept as written (a repeated or reserved one is reported, not changed).
 * - A heading without one takes the slug of its text, `-2`, `-3` … for the same text again, and
 *   `-section` added while that id is taken (written on another block, or one of the page's own).
 * - A paragraph or list item without one takes `derivedParagraphId` of its own text, `-2` … for
 *   identical text again. Never its position: blocks coming, going or changing leave it alone.
 */
export function blockIds(blocks: readonly BlockToName[], options: { reserved?: ReadonlySet<string> } = {}): BlockIds {
  const reservedIds = options.reserved ?? new Set<string>();
  const ids: Array<string | undefined> = blocks.map((block) => block.explicitId);
  const duplicates: number[] = [];
  const reserved: number[] = [];
  const taken = new Set(reservedIds);
  const written = new Set<string>();
  blocks.forEach((block, i) => {
    if (block.explicitId === undefined) return;
    if (written.has(block.explicitId)) duplicates.push(i);
    if (reservedIds.has(block.explicitId)) reserved.push(i);
    written.add(block.explicitId);
    taken.add(block.explicitId);
  });

  // Headings first, so that a heading's slug never depends on the paragraphs around it.
  const headingsOf = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || ids[i] !== undefined) return;
    const base = slugify(block.text) || 'section';
    const seen = headingsOf.get(base) ?? 0;
    headingsOf.set(base, seen + 1);
    let id = seen === 0 ? base : `${base}-${seen + 1}`;
    while (taken.has(id)) id = `${id}-section`;
    taken.add(id);
    ids[i] = id;
  });
  blocks.forEach((block, i) => {
    if (ids[i] !== undefined) return;
    const base = derivedParagraphId(block.text);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  });
  return { ids: ids.map((id) => id ?? ''), duplicates, reserved };
}
