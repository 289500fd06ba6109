import type { Root as HastRoot } from 'hast';
import { select } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { articleBody } from './html-body';
import { htmlMetadata } from './html-metadata';
import { stated, type ParsedSource } from '../source-metadata';

/**
 * Parses a saved web page: metadata from its `<meta>` tags and JSON-LD, and the article body only
 * (no navigation, header, footer, share bars, ads, scripts or comments), converted to mdast with
 * rehype-remark. Raw HTML never survives: the conversion keeps text and structure, not markup.
 */
export function parseHtml(html: string): ParsedSource {
  const page = unified().use(rehypeParse).parse(html);
  const metadata = htmlMetadata(page);
  const body = articleBody(page);
  const hast: HastRoot = { type: 'root', children: body ? [body] : [] };
  const tree = unified().use(rehypeRemark).runSync(hast) as Root;
  if (!metadata.title) {
    // Only when no metadata names the headline does the article's <h1> (or the page <title>) stand in.
    const headline = firstLevelOneHeading(tree) ?? pageTitle(page);
    if (headline) metadata.title = stated(headline);
  }
  return { tree, metadata };
}

function firstLevelOneHeading(tree: Root): string | undefined {
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const text = heading ? mdastText(heading).replace(/\s+/gu, ' ').trim() : '';
  return text === '' ? undefined : text;
}

function pageTitle(page: HastRoot): string | undefined {
  const title = select('title', page);
  const text = title ? hastText(title).replace(/\s+/gu, ' ').trim() : '';
  return text === '' ? undefined : text;
}
