import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Text compared loosely: case, spacing and typographic quotes do not make two headlines differ. */
function loose(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The article page prints the title itself, so a leading level-1 heading that repeats it is removed
 * (also when one of the two carries a suffix such as " | Site"). The remaining headings are shifted so
 * that the top level is `##`, as in the seeded articles, keeping their relative levels.
 */
export function normaliseHeadings(tree: Root, title: string | undefined): Root {
  let children = tree.children;
  const first = children[0];
  if (title && first?.type === 'heading' && first.depth === 1) {
    const heading = loose(toString(first));
    const wanted = loose(title);
    if (heading !== '' && (wanted.includes(heading) || heading.includes(wanted))) children = children.slice(1);
  }
  const depths = children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
  const shift = depths.length > 0 ? 2 - Math.min(...depths) : 0;
  const shifted = children.map((node) =>
    node.type === 'heading'
      ? { ...node, depth: Math.min(6, Math.max(2, node.depth + shift)) as 2 | 3 | 4 | 5 | 6 }
      : node,
  );
  return { ...tree, children: shifted };
}
