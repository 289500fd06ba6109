import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Source articles are third-party text: raw HTML in them is never rendered as markup. Each raw HTML
 * node becomes visible text (so nothing of the source is lost), and the problem is recorded on
 * `file.data.rawHtml` for the content check to report with its line.
 */
const remarkRejectRawHtml: Plugin<[], Root> = function () {
  return (tree, file) => {
    const found: Array<{ line: number; html: string }> = [];
    visit(tree, 'html', (node, index, parent) => {
      found.push({ line: node.position?.start.line ?? 0, html: node.value });
      if (parent && index !== undefined) {
        const text = { type: 'text' as const, value: node.value };
        const isFlow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
        parent.children.splice(index, 1, (isFlow ? { type: 'paragraph', children: [text] } : text) as never);
      }
    });
    file.data.rawHtml = found;
  };
};

declare module 'vfile' {
  interface DataMap {
    /** Raw HTML found in a source (and turned into text). */
    rawHtml: Array<{ line: number; html: string }>;
  }
}

export default remarkRejectRawHtml;
