import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Everything Markdown, GFM and the briefing's plugins may put in an article body: text structure,
 * tables, links and images, task-list checkboxes and footnotes (`input`, `sup`, `section`), and the
 * heading anchor wrapper (`div`). Anything else in rendered source text came from the source as markup.
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'span',
  'em',
  'strong',
  'code',
  'pre',
  'del',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
  'input',
  'sup',
  'section',
  'div',
]);

/** Attributes a browser follows or loads as an address. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'cite',
  'poster',
  'data',
  'xLinkHref',
  'background',
  'ping',
  'longDesc',
];

/** Schemes a link may use: none of them runs code. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

export interface LiveMarkup {
  element: string;
  problem: string;
}

/**
 * Parses rendered HTML as a browser would and lists whatever in it could act: elements outside the
 * allowed set, event handler and `style` attributes, addresses with a scheme other than http(s) or
 * mailto (images: https only, so nothing is loaded over plain http), and checkboxes that are not inert.
 */
export function liveMarkup(html: string): LiveMarkup[] {
  const found: LiveMarkup[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const element = node.tagName;
    if (!ALLOWED_ELEMENTS.has(element)) found.push({ element, problem: `<${element}> element` });
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push({ element, problem: `event handler attribute ${name}` });
      if (name === 'style') found.push({ element, problem: `style attribute ${JSON.stringify(value)}` });
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (value === undefined || value === null) continue;
      const scheme = schemeOf(String(value));
      const allowed = element === 'img' && name === 'src' ? scheme === 'https:' : LINK_SCHEMES.has(scheme);
      if (!allowed) found.push({ element, problem: `${name}=${JSON.stringify(value)} (scheme ${scheme})` });
    }
    if (element === 'input' && (node.properties.type !== 'checkbox' || node.properties.disabled !== true)) {
      found.push({ element, problem: 'an input that is not a disabled task-list checkbox' });
    }
  });
  return found;
}

/**
 * The scheme a browser would use for an address found on a page, by the WHATWG URL parser itself (it
 * drops tabs and newlines, ignores case, …). Relative addresses resolve against an https page. An
 * address that does not parse is not followed, so it counts as harmless.
 */
export function schemeOf(address: string): string {
  try {
    return new URL(address, 'https://site.test/articles/a/').protocol;
  } catch {
    return 'https:';
  }
}
