import type { Element, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { splitExplicitId } from '../model/anchors';
import type { BlockKind } from '../model/block-ids';

/** A block of a rendered article that readers can link to, with the element that shows it. */
export interface FoundBlock {
  element: Element;
  kind: BlockKind;
  /** Its text as the reader sees it, without the `{#id}`. */
  text: string;
  /** The id written at its end (`{#id}`, now removed from the text), or one an earlier plugin set. */
  explicitId?: string | undefined;
}

const HEADING = /^h[2-6]$/;

/**
 * The blocks of an HTML tree that get ids, in document order: headings `h2`–`h6`, paragraphs, and
 * list items that hold no paragraphs (a loose list's items are linked by their paragraphs). Takes a
 * trailing `{#id}` off each block's last text and returns it as the block's explicit id.
 */
export function findBlocks(tree: Root): FoundBlock[] {
  const found: FoundBlock[] = [];
  visit(tree, 'element', (element) => {
    const kind = blockKind(element);
    if (!kind) return;
    // An id set by an earlier plugin (GFM's footnote label) is kept; aria-describedby points at it.
    const existing = typeof element.properties.id === 'string' ? element.properties.id : undefined;
    const explicitId = takeExplicitId(element) ?? existing;
    found.push({ element, kind, text: toString(element).trim(), explicitId });
  });
  return found;
}

function blockKind(element: Element): BlockKind | undefined {
  if (HEADING.test(element.tagName)) return 'heading';
  if (element.tagName === 'li') {
    const hasParagraphs = element.children.some((child) => child.type === 'element' && child.tagName === 'p');
    return hasParagraphs ? undefined : 'list-item';
  }
  if (element.tagName === 'p') return 'paragraph';
  return undefined;
}

/** Removes a trailing `{#id}` from the block's last text and returns the id. */
function takeExplicitId(element: Element): string | undefined {
  const last = lastText(element);
  if (!last) return undefined;
  const { text, id } = splitExplicitId(last.value);
  if (id) last.value = text;
  return id;
}

function lastText(element: Element): Text | undefined {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i];
    if (!child) continue;
    if (child.type === 'text')
      return child.value.trim() === '' ? lastText({ ...element, children: element.children.slice(0, i) }) : child;
    if (child.type === 'element') return lastText(child);
    return undefined;
  }
  return undefined;
}
