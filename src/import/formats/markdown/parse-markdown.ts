import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkMarkdownNesting } from '../../input/nesting';
import { readFrontmatterFile } from '../../../loader/frontmatter';
import { frontmatterMetadata } from './markdown-frontmatter';
import { stated, type ParsedSource } from '../source-metadata';

/**
 * Parses a Markdown article, with or without frontmatter. It is read as CommonMark + GFM, as the site
 * reads articles, but without directives: a `:name[…]` in someone else's text is text, not a command
 * to our pipeline. A leading `# Headline` becomes the title when the frontmatter names none.
 * Raw HTML and unsafe links are dealt with afterwards by `sanitizeTree`.
 */
export function parseMarkdown(text: string): ParsedSource {
  const file = readFrontmatterFile(text, 'the Markdown input');
  // Frontmatter the site would refuse (TOML) states nothing we can read; the body still counts.
  const { data } = file;
  const body = file.problem && file.body === '' ? text : file.body;
  checkMarkdownNesting(body);
  const metadata = frontmatterMetadata(data);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const first = tree.children.find((node) => node.type !== 'html' || node.value.trim() !== '');
  if (first?.type === 'heading' && first.depth === 1) {
    const headline = toString(first).replace(/\s+/gu, ' ').trim();
    if (!metadata.title && headline !== '') metadata.title = stated(headline);
  }
  return { tree, metadata };
}
