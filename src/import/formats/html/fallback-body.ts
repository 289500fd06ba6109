import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { classWords, isHidden } from './class-words';

/** Elements that are never article text: page chrome, embedded code, media and interactive controls. */
const CHROME_TAGS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'dialog',
]);

/** ARIA landmarks and widgets that frame an article rather than belong to it. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'form',
]);

/**
 * Class and id words that sites use for chrome: share bars, ads, newsletter boxes, related links,
 * comments. Matched against whole words of a class or id ("share-bar" → "share"), not substrings, so
 * "shadow" or "loaded" are not mistaken for "ad".
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
  'breadcrumb',
  'breadcrumbs',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'footer',
  'header',
  'masthead',
  'sidebar',
  'toolbar',
  'widget',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'paywall',
  'banner',
  'outbrain',
  'taboola',
  'skip',
  'print',
  'follow',
  'tags',
  'more',
  'trending',
]);

/**
 * The hand-written extraction, used only when Readability finds no article (see `readable-article.ts`):
 * the element marked `itemprop=articleBody`, else the `<article>` with the most text, else `<main>` /
 * `role=main`, else `<body>`. Returned as a copy with the chrome inside it removed by tag, role and
 * class words; the page itself is not changed.
 */
export function fallbackBody(root: Root): Element | undefined {
  const body =
    select('[itemprop~=articleBody]', root) ??
    largest(selectAll('article', root)) ??
    select('main', root) ??
    select('[role=main]', root) ??
    select('body', root);
  return body ? withoutChrome(body) : undefined;
}

function largest(elements: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = -1;
  for (const element of elements) {
    const length = toString(element).trim().length;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

/** A copy of an element without its chrome descendants (the element itself is kept: it was chosen). */
function withoutChrome(element: Element): Element {
  return { ...element, children: element.children.flatMap(keep) };
}

function keep(node: ElementContent): ElementContent[] {
  if (node.type === 'comment') return [];
  if (node.type !== 'element') return [node];
  if (isChrome(node)) return [];
  return [withoutChrome(node)];
}

function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName) || isHidden(element)) return true;
  const role = String(element.properties.role ?? '').toLowerCase();
  if (role.split(/\s+/u).some((word) => CHROME_ROLES.has(word))) return true;
  return classWords(element).some((word) => CHROME_WORDS.has(word));
}
