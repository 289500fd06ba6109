import type { Nodes } from 'mdast';

/**
 * The text a reader sees for an mdast block, as the site's block-id plugin reads it from the rendered
 * HTML: line breaks count as line breaks (`toString` from mdast-util-to-string would drop them).
 */
export function blockText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map(blockText).join('');
  return '';
}
