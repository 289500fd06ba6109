import type { Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { Plugin } from 'unified';

/**
 * What may survive of a source article once it is HTML: the elements Markdown + GFM produce, and the
 * attributes the briefing's own plugins add. Built from rehype-sanitize's GitHub-like `defaultSchema`,
 * narrowed. This is defence in depth: raw HTML and unsafe links are already made inert by
 * `remark-reject-raw-html` and `remark-safe-links`; if either ever misses something, it stops here.
 */
export const sourceSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Only what Markdown, GFM (tables, task lists, footnotes, strikethrough) and our plugins emit.
  tagNames: [
    'a',
    'blockquote',
    'br',
    'code',
    'del',
    'div',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'input',
    'li',
    'ol',
    'p',
    'pre',
    'section',
    'span',
    'strong',
    'sup',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((definition) => !isClassName(definition)),
      // rehype-fact-mentions / remark-fact-directives links, plus GFM's footnote back-reference.
      ['className', 'fact-mention', 'fact-mention--explicit', 'data-footnote-backref', 'anchor-link'],
      'dataFact',
    ],
    // `:nofact[…]` spans and the alias anchors rehype-block-ids adds for renamed ids.
    span: [['className', 'alias-anchor', 'sr-only'], 'dataNofact', 'ariaHidden'],
    // The wrapper and anchor link that autolink-headings puts after each heading.
    div: [['className', 'heading-wrapper'], 'dataCopyTarget'],
  },
  // Ids are the product's stable addresses (`#p-…`, heading slugs, alias anchors): they are written by
  // rehype-block-ids (or are remark-rehype's already prefixed footnote ids) and must stay exactly so.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    // The same schemes remark-safe-links allows; no irc:, xmpp: … from third-party text.
    href: ['http', 'https', 'mailto'],
    // An image over http: would be mixed content on an https site.
    src: ['https'],
  },
  // Elements whose text is code, not prose: drop them with their contents, never unwrap them.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'title', 'xmp'],
};

type PropertyDefinition = NonNullable<NonNullable<SanitizeSchema['attributes']>[string]>[number];

function isClassName(definition: PropertyDefinition): boolean {
  return Array.isArray(definition) ? definition[0] === 'className' : definition === 'className';
}

/**
 * rehype-sanitize with `sourceSanitizeSchema`, for Markdown sources only. The same plugin list also
 * reaches the briefing's own MDX analysis (MDX inherits `markdown.processor`), whose tree carries
 * `mdxjsEsm` / `mdxJsx*` nodes that a sanitiser would delete — the imports and `<Cite>` components.
 * That MDX is our own code, compiled to JavaScript, not third-party text, so it is left alone.
 */
export const rehypeSanitizeSource: Plugin<[], Root> = function () {
  const sanitise = rehypeSanitize(sourceSanitizeSchema);
  return (tree) => (containsMdx(tree) ? undefined : sanitise(tree));
};

/** Whether a tree came from MDX: only the MDX parser makes `mdx…` nodes; Markdown never does. */
function containsMdx(node: { type: string; children?: ReadonlyArray<{ type: string }> }): boolean {
  return node.type.startsWith('mdx') || (node.children ?? []).some((child) => containsMdx(child));
}
