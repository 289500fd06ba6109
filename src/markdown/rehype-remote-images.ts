import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Whether an address points at another site (`https://…`, `//…`), not at the briefing itself. */
function isRemote(src: string): boolean {
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(src.trim());
}

/**
 * An image from another site would make every reader's browser request it from that site (and the
 * briefing's content policy blocks it anyway, leaving a broken image), so it becomes a link to the
 * image, recorded on `file.data.remoteImages` for the loader's warning.
 *
 * ```html
 * <img src="https://example.org/map.png" alt="Map"> → <a href="https://example.org/map.png">Image: Map</a>
 * ```
 *
 * Inline and reference images alike (`![Map](…)`, `![Map][ref]`): by now both are `<img>`.
 */
const rehypeRemoteImages: Plugin<[], Root> = function () {
  return (tree, file) => {
    const found: Array<{ line: number; url: string }> = [];
    visit(tree, 'element', (node, index, parent) => {
      const src = node.properties.src;
      if (node.tagName !== 'img' || typeof src !== 'string' || !isRemote(src) || !parent || index === undefined) return;
      found.push({ line: node.position?.start.line ?? 0, url: src });
      const alt =
        typeof node.properties.alt === 'string' && node.properties.alt.trim() !== '' ? node.properties.alt : 'untitled';
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: src },
        children: [{ type: 'text', value: `Image: ${alt}` }],
      };
      parent.children.splice(index, 1, link);
    });
    file.data.remoteImages = found;
  };
};

declare module 'vfile' {
  interface DataMap {
    /** Images from other sites, turned into links so readers' browsers never fetch them. */
    remoteImages: Array<{ line: number; url: string }>;
  }
}

export default rehypeRemoteImages;
