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
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'head',
  'title',
]);

/** A sanitised body, and the addresses of the images taken out of it. */
export interface SanitizedTree {
  tree: Root;
  /** Image addresses as written (`![…](…)`, `<img src>`): a page showing them would load them from their site. */
  images: string[];
}

/** What one pass over the tree carries along. */
interface Context {
  options: SanitizeOptions;
  /** Reference definitions: identifier → safe absolute address (undefined when unsafe). */
  definitions: Map<string, string | undefined>;
  /** Reference definitions as written, for images (which are listed, not kept). */
  writtenDefinitions: Map<string, string>;
  images: string[];
}

/**
 * Makes a parsed article safe and plain before it is written: raw HTML becomes the text it shows
 * (script and style contents are dropped), links with unsafe or unresolvable targets keep their text
 * but lose the link, images go (their alt text was never visible text, and showing a remote image
 * would make every reader's browser request it from a third party) and are listed, references are
 * resolved, and blocks left empty are removed. Returns a new tree; the input is not changed.
 */
export function sanitizeTree(tree: Root, options: SanitizeOptions = {}): SanitizedTree {
  const context: Context = { options, definitions: new Map(), writtenDefinitions: new Map(), images: [] };
  collectDefinitions(tree, context);
  const children = cleanChildren(tree, footnotesAsText(tree.children), context);
  return { tree: { type: 'root', children }, images: context.images };
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
        if (i === 0 && child.type === 'paragraph')
          notes.push({ ...child, children: [{ type: 'text', value: `${label} ` }, ...child.children] });
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

function collectDefinitions(node: Nodes, context: Context): void {
  if (node.type === 'definition') {
    context.definitions.set(node.identifier.toLowerCase(), safeUrl(node.url, context.options.base));
    context.writtenDefinitions.set(node.identifier.toLowerCase(), node.url);
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, context);
}

function cleanChildren(parent: Parent, children: readonly RootContent[], context: Context): RootContent[] {
  const flow =
    parent.type === 'root' ||
    parent.type === 'blockquote' ||
    parent.type === 'listItem' ||
    parent.type === 'footnoteDefinition';
  const result: RootContent[] = [];
  let insideInvisible: string | undefined;
  for (const child of children) {
    if (child.type === 'html') {
      // Inline HTML arrives tag by tag: "<script>", "alert(1)", "</script>" are three siblings.
      const opened = /^<\s*([a-z]+)[^>]*>$/iu.exec(child.value.trim())?.[1]?.toLowerCase();
      const closed = /^<\s*\/\s*([a-z]+)\s*>$/iu.exec(child.value.trim())?.[1]?.toLowerCase();
      if (insideInvisible && closed === insideInvisible) insideInvisible = undefined;
      else if (!insideInvisible && opened && INVISIBLE.has(opened)) insideInvisible = opened;
      const fragment = unified().use(rehypeParse, { fragment: true }).parse(child.value);
      context.images.push(...imageSources(fragment));
      const text = textOf(fragment);
      if (!insideInvisible && text.trim() !== '') {
        result.push(
          flow
            ? { type: 'paragraph', children: [{ type: 'text', value: text.trim() }] }
            : { type: 'text', value: text },
        );
      }
      continue;
    }
    if (insideInvisible) continue;
    result.push(...cleanNode(child, context));
  }
  return result.filter((node) => !isEmpty(node));
}

function cleanNode(node: RootContent, context: Context): RootContent[] {
  switch (node.type) {
    case 'definition':
      return [];
    case 'image':
      if (node.url.trim() !== '') context.images.push(node.url);
      return [];
    case 'imageReference': {
      const url = context.writtenDefinitions.get(node.identifier.toLowerCase());
      if (url) context.images.push(url);
      return [];
    }
    case 'link': {
      const children = cleanChildren(node, node.children, context);
      const url = safeUrl(node.url, context.options.base);
      return url ? [{ ...node, url, children } as RootContent] : children;
    }
    case 'linkReference': {
      const children = cleanChildren(node, node.children, context);
      const url = context.definitions.get(node.identifier.toLowerCase());
      return url ? [{ type: 'link', url, children } as RootContent] : children;
    }
    case 'paragraph':
    case 'heading': {
      const children = trimEdges(cleanChildren(node, node.children, context));
      return [{ ...node, children } as RootContent];
    }
    default:
      if ('children' in node)
        return [{ ...node, children: cleanChildren(node, node.children, context) } as RootContent];
      return [node];
  }
}

/** The `src` of every image in a piece of raw HTML (`<img>`, and `<source>` of a `<picture>`). */
function imageSources(node: HastRoot | HastContent): string[] {
  if (node.type === 'element' && (node.tagName === 'img' || node.tagName === 'source' || node.tagName === 'image')) {
    const src = node.properties.src ?? node.properties.srcSet ?? node.properties.href;
    const text = Array.isArray(src) ? src.join(' ') : String(src ?? '');
    return text.trim() === '' ? [] : [text.trim()];
  }
  return 'children' in node ? node.children.flatMap(imageSources) : [];
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
  if (node.type === 'paragraph' || node.type === 'heading')
    return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return node.children.length === 0;
  if (node.type === 'link') return node.children.length === 0;
  return false;
}
