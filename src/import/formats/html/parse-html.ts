import type { Root as HastRoot } from 'hast';
import { select } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { checkHtmlDepth, tooDeep } from '../../input/nesting';
import { languageTag } from '../language-tag';
import { byline } from '../plain-text/plain-text-lines';
import { stated, type ParsedSource, type SourceMetadata } from '../source-metadata';
import { isDateLine, statedDay } from '../../../model/date-reader';
import { fallbackBody } from './fallback-body';
import { htmlMetadata } from './html-metadata';
import { preparePage } from './prepare-page';
import { readableArticle, type ReadableArticle } from './readable-article';

/** How many blocks from the top a byline may stand at. */
const BYLINE_WINDOW = 3;

/**
 * Parses a saved web page: metadata from its own markup (JSON-LD, Open Graph and `<meta>` tags, the
 * canonical link, `<html lang>`, the header's `<time>`, then what Readability reads), and the article
 * text as Readability (Firefox's Reader View) extracts it, converted to mdast with rehype-remark.
 * Photo captions are taken out first and reported, never made paragraphs; a byline left in the text is
 * marked as one. Only when Readability finds no article does the hand-written extraction stand in.
 * Raw HTML never survives: the conversion keeps text and structure, not markup.
 */
export function parseHtml(html: string): ParsedSource {
  const page = parsePage(html);
  const { page: prepared, captions } = preparePage(page);
  const metadata = htmlMetadata(page, prepared);
  const readable = readableArticle(prepared);
  let hast: HastRoot;
  if (readable) {
    hast = readable.content;
    fillFromReadability(metadata, readable);
  } else {
    const body = fallbackBody(prepared);
    hast = { type: 'root', children: body ? [body] : [] };
  }
  const tree = unified().use(rehypeRemark).runSync(hast) as Root;
  markByline(tree, metadata);
  if (!metadata.title) {
    // Only when nothing else names the headline does the article's <h1> (or the page <title>) stand in.
    const headline = firstLevelOneHeading(tree) ?? pageTitle(page);
    if (headline) metadata.title = stated(headline);
  }
  return { tree, metadata, leftOut: captions.map((text) => ({ kind: 'caption', text })) };
}

/** Fields the structured metadata left open, from what Readability read in the page's markup. */
function fillFromReadability(metadata: SourceMetadata, readable: ReadableArticle): void {
  if (!metadata.title && readable.title) metadata.title = stated(readable.title);
  if (!metadata.byline && readable.byline) metadata.byline = stated(byline(readable.byline)?.name ?? readable.byline);
  const published = readable.published ? statedDay(readable.published) : undefined;
  if (!metadata.published && published) metadata.published = stated(published);
  const language = readable.language ? languageTag(readable.language) : undefined;
  if (!metadata.language && language) metadata.language = stated(language);
  if (!metadata.publisher && readable.siteName) metadata.publisher = stated(readable.siteName);
}

/**
 * A "By …" line or a line that only gives a date, near the top of the text, is the byline or the
 * date line: marked so the report does not take its date for an event, and read as the byline and
 * publication day when the markup names none.
 */
function markByline(tree: Root, metadata: SourceMetadata): void {
  for (const node of tree.children.slice(0, BYLINE_WINDOW)) {
    if (node.type !== 'paragraph') continue;
    const text = mdastText(node);
    if (isDateLine(text)) {
      node.data = { ...node.data, importRole: 'byline' };
      const day = statedDay(text);
      if (!metadata.published && day) metadata.published = stated(day);
      continue;
    }
    const found = byline(text);
    if (!found) continue;
    node.data = { ...node.data, importRole: 'byline' };
    if (!metadata.byline) metadata.byline = stated(found.name);
    const day = found.date ? statedDay(found.date) : undefined;
    if (!metadata.published && day) metadata.published = stated(day);
    return;
  }
}

/**
 * The page as hast, refused when it nests deeper than any article page: by the depth of the parsed
 * tree, or — nested so deep that the parser's own recursion overflows — by that overflow.
 */
function parsePage(html: string): HastRoot {
  let page: HastRoot;
  try {
    page = unified().use(rehypeParse).parse(html);
  } catch (error) {
    // V8 reports an overflowed stack as a RangeError: the markup nests thousands of levels deep.
    if (error instanceof RangeError) throw tooDeep('thousands of');
    throw error;
  }
  checkHtmlDepth(page);
  return page;
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
