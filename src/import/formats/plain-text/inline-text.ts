import type { PhrasingContent } from 'mdast';
import { safeUrl } from '../safe-url';

/** Web addresses in running text; the bare pic.twitter.com form is how embedded posts print images. */
const ADDRESS = /\bhttps?:\/\/[^\s<>"“”‘’]+|\bpic\.twitter\.com\/[A-Za-z0-9]+/giu;

/** Punctuation that ends a sentence rather than the address it follows. */
const TRAILING = /[.,;:!?'"’”)\]]+$/u;

/**
 * Phrasing content for a line of plain text: the text as it is, with web addresses made links whose
 * visible text is exactly the address as written (so the rendered text equals the source).
 */
export function inlineText(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const found of text.matchAll(ADDRESS)) {
    let address = found[0];
    const trailing = TRAILING.exec(address)?.[0] ?? '';
    // Keep a closing parenthesis that closes one opened inside the address (Wikipedia-style links).
    const keepParen = trailing.startsWith(')') && address.split('(').length > address.split(')').length - 1;
    if (trailing && !keepParen) address = address.slice(0, -trailing.length);
    const href = safeUrl(address.startsWith('pic.') ? `https://${address}` : address);
    if (!href) continue;
    if (found.index > last) nodes.push({ type: 'text', value: text.slice(last, found.index) });
    nodes.push({ type: 'link', url: href, children: [{ type: 'text', value: address }] });
    last = found.index + address.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
