import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { safeUrl } from '../formats/safe-url';

export interface SanitizeOptions {
  /** The article's own address, to resolve relative links against (dropped when unknown). */
  base?: string;
}

/** Elements whose content is code or styling, never text a reader saw. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'head', 'title']);

/**
 * Makes a parsed article safe and plain before it is written: raw HTML becomes the text it shows
 * (script and style contents are dropped), links with unsafe or unresolvable targets keep their text
 * but lose the link, images go (their alt text was never visible text), references are resolved,
 * and blocks left empty are removed. Returns a new tree; the input is not changed.
 */
export function sanitizeTree(tree: Root, options: SanitizeOptions = {}): Root {
  const definitions = new Map<string, string | undefined>();
  collectDefinitions(tree, definitions, options);
  const children = cleanChildren(tree, footnotesAsText(tree.children), definitions, options);
  return { type: 'root', children };
}

/**
 * GFM footnotes would make the site add a "Footnotes" heading and back-links that the source does not
 * have. They become the text a reader of the source sees: "[1]" where the mark is, and each note as a
 * paragraph "[1] …" at the end.
 */
function footnotesAsText(children: readonly RootContent[]): RootContent[] {
  const notes: RootContent[] = [];
  const mark = (label: string): string => `[${label}]`;
  const rewrite = (node: RootContent): RootContent[] => {
    if (node.type === 'footnoteDefinition') {
      const label = mark(node.label ?? node.identifier);
      node.children.forEach((child, i) => {
        if (i === 0 && child.type === 'paragraph') notes.push({ ...child, children: [{ type: 'text', value: `${label} ` }, ...child.children] });
        else notes.push(child);
      });
      return [];
    }
    if (node.type === 'footnoteReference') return [{ type: 'text', value: mark(node.label ?? node.identifier) }];
    if ('children' in node) return [{ ...node, children: node.children.flatMap(rewrite) } as RootContent];
    return [node];
  };
  const body = children.flatMap(rewrite);
  return [...body, ...notes];
}

function collectDefinitions(node: Nodes, into: Map<string, string | undefined>, options: SanitizeOptions): void {
  if (node.type === 'definition') into.set(node.identifier.toLowerCase(), safeUrl(node.url, options.base));
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into, options);
}

function cleanChildren(
  parent: Parent,
  children: readonly RootContent[],
  definitions: Map<string, string | undefined>,
  options: SanitizeOptions,
): RootContent[] {
  const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
  const result: RootContent[] = [];
  let insideInvisible: string | undefined;
  for (const child of children) {
    if (child.type === 'html') {
      // Inline HTML arrives tag by tag: "<script>", "alert(1)", "</script>" are three siblings.
      const opened = /^<\s*([a-z]+)[^>]*>$/iu.exec(child.value.trim())?.[1]?.toLowerCase();
      const closed = /^<\s*\/\s*([a-z]+)\s*>$/iu.exec(child.value.trim())?.[1]?.toLowerCase();
      if (insideInvisible && closed === insideInvisible) insideInvisible = undefined;
      else if (!insideInvisible && opened && INVISIBLE.has(opened)) insideInvisible = opened;
      const text = visibleText(child.value);
      if (!insideInvisible && text.trim() !== '') {
        result.push(flow ? { type: 'paragraph', children: [{ type: 'text', value: text.trim() }] } : { type: 'text', value: text });
      }
      continue;
    }
    if (insideInvisible) continue;
    result.push(...cleanNode(child, definitions, options));
  }
  return result.filter((node) => !isEmpty(node));
}

function cleanNode(node: RootContent, definitions: Map<string, string | undefined>, options: SanitizeOptions): RootContent[] {
  switch (node.type) {
    case 'definition':
    case 'image':
    case 'imageReference':
      return [];
    case 'link': {
      const children = cleanChildren(node, node.children, definitions, options);
      const url = safeUrl(node.url, options.base);
      return url ? [{ ...node, url, children } as RootContent] : children;
    }
    case 'linkReference': {
      const children = cleanChildren(node, node.children, definitions, options);
      const url = definitions.get(node.identifier.toLowerCase());
      return url ? [{ type: 'link', url, children } as RootContent] : children;
    }
    case 'paragraph':
    case 'heading': {
      const children = trimEdges(cleanChildren(node, node.children, definitions, options));
      return [{ ...node, children } as RootContent];
    }
    default:
      if ('children' in node) return [{ ...node, children: cleanChildren(node, node.children, definitions, options) } as RootContent];
      return [node];
  }
}

/** The text a piece of raw HTML shows in a browser, without its tags and invisible elements. */
function visibleText(html: string): string {
  const fragment = unified().use(rehypeParse, { fragment: true }).parse(html);
  return textOf(fragment);
}

function textOf(node: HastRoot | HastContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && INVISIBLE.has(node.tagName)) return '';
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/** Line breaks and spaces at the edges of a block are layout, not text; they would also upset ids. */
function trimEdges(children: RootContent[]): RootContent[] {
  const result = [...children];
  while (result[0]?.type === 'break') result.shift();
  while (result.at(-1)?.type === 'break') result.pop();
  const first = result[0];
  if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() };
  const last = result.at(-1);
  if (last?.type === 'text') result[result.length - 1] = { ...last, value: last.value.trimEnd() };
  return result.filter((node) => node.type !== 'text' || node.value !== '');
}

function isEmpty(node: RootContent): boolean {
  if (node.type === 'text') return node.value === '';
  if (node.type === 'paragraph' || node.type === 'heading') return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return node.children.length === 0;
  if (node.type === 'link') return node.children.length === 0;
  return false;
}
