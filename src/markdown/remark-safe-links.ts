import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Only these schemes may be linked from a source; `javascript:`, `data:`, `vbscript:` … never. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link target is safe to publish: a safe scheme, or a relative/fragment address. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we;
  // and a scheme hidden behind percent-encoding ("java%0ascript:") is treated as what it decodes to.
  const compact = safeDecode(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Links and images in third-party text whose address could run script are made inert: a link keeps
 * its visible text but loses its address, an image is dropped for its alt text. Each one is recorded
 * on `file.data.unsafeLinks` for the content check to report.
 */
const remarkSafeLinks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const found: Array<{ line: number; url: string }> = [];
    visit(tree, (node, index, parent) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      if (isSafeUrl(node.url)) return;
      found.push({ line: node.position?.start.line ?? 0, url: node.url });
      if (!parent || index === undefined) return;
      if (node.type === 'link') parent.children.splice(index, 1, ...(node.children as never[]));
      else if (node.type === 'image')
        parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' } as never);
      else parent.children.splice(index, 1);
      return index;
    });
    file.data.unsafeLinks = found;
  };
};

declare module 'vfile' {
  interface DataMap {
    /** Links and images whose addresses were removed as unsafe. */
    unsafeLinks: Array<{ line: number; url: string }>;
  }
}

export default remarkSafeLinks;
