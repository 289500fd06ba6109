import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { languageTag } from '../language-tag';
import { byline } from '../plain-text/plain-text-lines';
import { isHttpUrl } from '../safe-url';
import { stated, type SourceMetadata } from '../source-metadata';
import { isRealDay } from '../../../model/dates';
import { statedDay } from '../../../model/date-reader';
import { classWords } from './class-words';

/** JSON-LD types whose fields describe the article itself. */
const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|BlogPosting|Report)$/u;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The metadata a saved page states about itself: JSON-LD `NewsArticle` first (structured, meant for
 * machines), then `<meta>` tags (Open Graph, `author`, `article:published_time`), then the page's
 * own markup (the byline element, the `<time>` of the article's header, `<html lang>`).
 * Values that are malformed (an address that is not http(s), a date that does not exist) are left out
 * rather than repaired: the field then stays not-stated. The byline element and the header's date are
 * read from `withoutChrome`, the page without its navigation, sidebars and footer (a sidebar's "latest
 * news" has times and authors of its own).
 */
export function htmlMetadata(root: Root, withoutChrome: Root = root): SourceMetadata {
  const ld = jsonLdArticle(root);
  const meta = (key: string): string | undefined => metaContent(root, key);
  const metadata: SourceMetadata = {};

  const title = text(ld?.headline) ?? meta('og:title') ?? meta('twitter:title');
  if (title) metadata.title = stated(title);

  const published =
    [
      text(ld?.datePublished),
      meta('article:published_time'),
      meta('og:published_time'),
      meta('date'),
      meta('pubdate'),
      meta('datepublished'),
    ]
      .map((value) => value?.slice(0, 10))
      .find((value) => value !== undefined && isRealDay(value)) ?? headerDate(withoutChrome);
  if (published) metadata.published = stated(published);

  const byline =
    names(ld?.author) ?? nonUrl(meta('author')) ?? nonUrl(meta('article:author')) ?? markupByline(withoutChrome);
  if (byline) metadata.byline = stated(byline);

  const publisher = names(ld?.publisher) ?? meta('og:site_name');
  if (publisher) metadata.publisher = stated(publisher);

  const canonical = select('link[rel~=canonical]', root)?.properties.href;
  const url = [
    text(ld?.url),
    text(ld?.mainEntityOfPage),
    meta('og:url'),
    typeof canonical === 'string' ? canonical : undefined,
  ].find((value) => value !== undefined && isHttpUrl(value));
  if (url) metadata.url = stated(url);

  const htmlLang = select('html', root)?.properties.lang;
  const language = [text(ld?.inLanguage), meta('og:locale'), typeof htmlLang === 'string' ? htmlLang : undefined]
    .map((value) => (value ? languageTag(value) : undefined))
    .find((value) => value !== undefined);
  if (language) metadata.language = stated(language);

  return metadata;
}

/** Elements of running text: a `<time>` inside one dates what the sentence says, not the article. */
const RUNNING_TEXT = new Set(['p', 'li', 'blockquote', 'td', 'th', 'figcaption', 'dd']);

/** Text this long is the article's first paragraph: the header, with its date, is above it. */
const FIRST_PARAGRAPH_LENGTH = 80;

/**
 * The publication day the article's header prints: the first `<time>` that stands outside running
 * text and above the first paragraph (`<time datetime="2026-01-28T09:00+09:00">Jan 28, 2026</time>`).
 */
function headerDate(root: Root): string | undefined {
  let found: string | undefined;
  let done = false;
  const walk = (node: Element, inText: boolean): void => {
    if (done) return;
    if (node.tagName === 'p' && toString(node).trim().length >= FIRST_PARAGRAPH_LENGTH) {
      done = true;
      return;
    }
    const inside = inText || RUNNING_TEXT.has(node.tagName);
    if (node.tagName === 'time' && !inside) {
      const datetime = node.properties.dateTime;
      const day = statedDay(typeof datetime === 'string' ? datetime : toString(node));
      if (day) {
        found = day;
        done = true;
        return;
      }
    }
    for (const child of node.children) if (child.type === 'element') walk(child, inside);
  };
  const body = select('body', root);
  if (body) walk(body, false);
  return found;
}

/** A byline is a name or two, perhaps with a title and a date; an author's biography is longer. */
const MAX_BYLINE_LENGTH = 100;

/**
 * The byline the page prints, from its markup: the first element outside running text marked as one
 * (`class="byline"`, `class="author-name"`, `rel=author`, `itemprop=author`), without a leading "By"
 * and a trailing date (`By Jane Doe | Jan 28, 2026` → `Jane Doe`).
 */
function markupByline(root: Root): string | undefined {
  let found: string | undefined;
  const walk = (node: Element, inText: boolean): void => {
    if (found !== undefined) return;
    const inside = inText || RUNNING_TEXT.has(node.tagName);
    const words = classWords(node);
    const marked =
      words.includes('byline') ||
      words.includes('author') ||
      String(node.properties.rel ?? '')
        .split(/\s+/u)
        .includes('author') ||
      String(node.properties.itemProp ?? '')
        .split(/\s+/u)
        .includes('author');
    const value = collapse(toString(node));
    if (marked && !inside && value !== '' && value.length <= MAX_BYLINE_LENGTH) {
      found = byline(value)?.name ?? value;
      return;
    }
    for (const child of node.children) if (child.type === 'element') walk(child, inside);
  };
  const body = select('body', root);
  if (body) walk(body, false);
  return found;
}

/** `<meta property="og:title" content="…">` or `<meta name="author" content="…">`, trimmed. */
function metaContent(root: Root, key: string): string | undefined {
  for (const node of selectAll('meta', root)) {
    const { property, name, itemProp, content } = node.properties;
    const keys = [property, name, itemProp].flat().map((value) => String(value ?? '').toLowerCase());
    if (keys.includes(key) && typeof content === 'string' && content.trim() !== '') return collapse(content);
  }
  return undefined;
}

/** The first JSON-LD object typed as an article, looking inside arrays and `@graph`. */
function jsonLdArticle(root: Root): JsonObject | undefined {
  for (const script of selectAll('script', root)) {
    if (String(script.properties.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: Json;
    try {
      data = JSON.parse(toString(script)) as Json;
    } catch {
      continue; // A broken block of JSON-LD states nothing; the meta tags may still.
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: Json): JsonObject | undefined {
  if (Array.isArray(data)) return data.map(findArticle).find(Boolean);
  if (!isObject(data)) return undefined;
  const types = [data['@type']].flat().filter((type): type is string => typeof type === 'string');
  if (types.some((type) => ARTICLE_TYPES.test(type))) return data;
  return data['@graph'] ? findArticle(data['@graph']) : undefined;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value that should be text: a string, or an object's `@id`/`url` (as in `mainEntityOfPage`). */
function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : collapse(value);
  if (isObject(value)) return text(value['@id'] ?? value.url);
  return undefined;
}

/** Names of a JSON-LD person/organisation (or a list of them), as a byline prints them. */
function names(value: Json | undefined): string | undefined {
  const list = [value].flat().flatMap((entry): string[] => {
    if (typeof entry === 'string') return nonUrl(entry) ? [collapse(entry)] : [];
    if (isObject(entry) && typeof entry.name === 'string' && entry.name.trim() !== '') return [collapse(entry.name)];
    return [];
  });
  return list.length > 0 ? list.join(', ') : undefined;
}

/** `article:author` is often a profile address, which is no name. */
function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//u.test(value) ? value : undefined;
}

function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}
