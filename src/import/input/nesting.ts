import type { Root } from 'hast';
import { MAX_NESTING, nestingDepth } from '../../loader/nesting-depth';
import { ImportError } from '../import-error';

/** A saved news page nests its elements a few dozen levels deep; thousands only come from broken or hostile markup. */
export const MAX_HTML_DEPTH = 400;

/** How deep a parsed page's elements nest, counted without recursion (a deep page must not overflow the stack here). */
export function htmlDepth(root: Root): number {
  let deepest = 0;
  const stack: Array<{ node: Root | Root['children'][number]; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** The refusal of a page nested `levels` deep. */
export function tooDeep(levels: string): ImportError {
  return new ImportError(
    `the page nests its elements ${levels} levels deep (a news page nests a few dozen)`,
    'check that it is the saved article page; or copy the article text into a .txt file and import that',
  );
}

/** Refuses a page nested deeper than any article page, before anything walks it. */
export function checkHtmlDepth(root: Root): void {
  const depth = htmlDepth(root);
  if (depth > MAX_HTML_DEPTH) throw tooDeep(String(depth));
}

/** Refuses Markdown whose lists or quotations nest deeper than the build accepts, before it is parsed. */
export function checkMarkdownNesting(markdown: string): void {
  const { depth, line } = nestingDepth(markdown);
  if (depth > MAX_NESTING) {
    throw new ImportError(
      `lists or quotations are nested ${depth} levels deep on line ${line}, more than the ${MAX_NESTING} the build accepts`,
      'check that the right file was given; a news article nests a few levels at most',
    );
  }
}
