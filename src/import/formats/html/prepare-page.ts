import type { Element, ElementContent, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { classWords, isHidden } from './class-words';

/** Elements that never hold text a reader saw as the article: code, embeds, controls. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
]);

/**
 * Containers that are chrome by their HTML meaning unless they hold the article (a whole page may sit
 * in one `<form>`). Readability drops `<footer>` and `<aside>` from any article it keeps, too.
 */
const CHROME_CONTAINERS = new Set(['form', 'dialog', 'nav', 'menu', 'aside', 'footer']);

/** ARIA roles of page chrome: the site's banner, navigation, footer, search, sidebars, dialogs. */
const CHROME_ROLES = new Set([
  'banner',
  'navigation',
  'contentinfo',
  'search',
  'complementary',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);

/** Elements inside which a `<header>` is the article's own (headline, byline), not the site's. */
const ARTICLE_PARTS = new Set(['article', 'main', 'section']);

/**
 * Class and id words of boxes that are never the article even when they sit inside it, and that
 * Readability keeps when they are small (an "Advertisement" label, a newsletter box). Words for page
 * structure ("header", "print", "more") are left to Readability's scoring: a site's article can sit in
 * `div.story-header` + `div.story-body.print-friendly`.
 */
const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adsbygoogle',
  'adslot',
  'dfp',
  'sponsor',
  'sponsored',
  'promo',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recommended',
  'recirculation',
  'recirc',
  'comment',
  'comments',
  'disqus',
  'outbrain',
  'taboola',
  'cookie',
  'cookies',
  'consent',
  'paywall',
  'popup',
  'modal',
]);

/** Class and id words of photo captions and picture credits. */
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit', 'imagecredit']);

/** What Readability takes for a byline (its own rule): it would cut a dateline out of a sentence. */
const READABILITY_BYLINE = /byline|author|dateline|writtenby|p-author/iu;

/** A page made ready for Readability, and the captions taken out of it. */
export interface PreparedPage {
  page: Root;
  /** Photo captions and credits, as printed: not article text, so not paragraphs. */
  captions: string[];
}

/**
 * Prepares a saved page for Readability: removes what is never article text (scripts, embeds,
 * controls, hidden elements, the site's header, navigation, sidebars and footer by their HTML element or
 * ARIA role, ads, share and newsletter boxes by their class words), takes photo captions out (a caption must
 * never become the first paragraph), and keeps datelines and names inside a sentence as text. A box is
 * removed only while it holds less than half of the page's paragraph text (or none of it), so that a site that names
 * its article container oddly (`class="article share-tracking"`) keeps its article.
 */
export function preparePage(root: Root): PreparedPage {
  const captions: string[] = [];
  // Measured in paragraphs (`<p>`), or in all text on a page that has none (text split by `<br>`).
  const measure =
    paragraphTextLength(root) > 0 ? paragraphTextLength : (node: Root | Element) => toString(node).trim().length;
  const pageText = measure(root);
  const isSmall = (element: Element): boolean => measure(element) * 2 < pageText || measure(element) === 0;

  const visit = (node: RootContent, inParagraph: Element | undefined, inArticle = false): ElementContent[] => {
    if (node.type === 'comment' || node.type === 'doctype') return [];
    // Text, and nothing else parsed HTML holds (MDX node types never come out of rehype-parse).
    if (node.type !== 'element') return [node as ElementContent];
    if (NEVER_TEXT.has(node.tagName) || isHidden(node)) return [];
    const words = classWords(node);
    if (isCaption(node, words) && isSmall(node)) {
      const text = toString(node).replace(/\s+/gu, ' ').trim();
      if (text !== '') captions.push(text);
      return [];
    }
    const roles = String(node.properties.role ?? '')
      .toLowerCase()
      .split(/\s+/u);
    const chrome =
      CHROME_CONTAINERS.has(node.tagName) ||
      (node.tagName === 'header' && !inArticle && !holdsHeadline(node)) ||
      roles.some((role) => CHROME_ROLES.has(role)) ||
      words.some((word) => CHROME_WORDS.has(word));
    if (chrome && isSmall(node)) return [];
    const paragraph = node.tagName === 'p' ? node : inParagraph;
    const properties =
      paragraph && paragraph !== node && isPartOfSentence(node, paragraph) ? withoutBylineMarks(node) : node.properties;
    const article = inArticle || ARTICLE_PARTS.has(node.tagName) || roles.includes('main') || roles.includes('article');
    return [{ ...node, properties, children: node.children.flatMap((child) => visit(child, paragraph, article)) }];
  };
  const page: Root = { ...root, children: root.children.flatMap((child) => visit(child, undefined)) };
  return { page, captions };
}

/** A `<header>` with the page's `<h1>` is the article's header (headline, byline, date), wherever it sits. */
function holdsHeadline(element: Element): boolean {
  return selectAll('h1', element).length > 0;
}

function isCaption(element: Element, words: readonly string[]): boolean {
  if (element.tagName === 'figcaption') return true;
  if (
    String(element.properties.itemProp ?? '')
      .toLowerCase()
      .split(/\s+/u)
      .includes('caption')
  )
    return true;
  return words.some((word) => CAPTION_WORDS.has(word));
}

/** An element inside a paragraph that is only part of its text (a dateline, a linked name). */
function isPartOfSentence(element: Element, paragraph: Element): boolean {
  return toString(element).trim().length < toString(paragraph).trim().length;
}

/** The element's properties without the marks that would make Readability cut it out as a byline. */
function withoutBylineMarks(element: Element): Element['properties'] {
  const { properties } = element;
  const names = [properties.className, properties.id]
    .flat()
    .map((value) => String(value ?? ''))
    .join(' ');
  const marked =
    READABILITY_BYLINE.test(names) ||
    String(properties.rel ?? '').includes('author') ||
    String(properties.itemProp ?? '').includes('author');
  if (!marked) return properties;
  const { className: _className, id: _id, rel: _rel, itemProp: _itemProp, ...rest } = properties;
  return rest;
}

function paragraphTextLength(node: Root | Element): number {
  return selectAll('p', node).reduce((sum, p) => sum + toString(p).trim().length, 0);
}
