import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';

/** A built page parsed into a tree, with the queries the tests need. */
export function loadPage(file: string) {
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  return {
    tree,
    one: (selector: string) => select(selector, tree) as Element | undefined,
    all: (selector: string) => selectAll(selector, tree) as Element[],
    text: (selector = 'body') => normaliseText(toString(select(selector, tree) ?? tree)),
  };
}

export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
}

export function textOf(element: Element): string {
  return normaliseText(toString(element));
}

/** Typographic quotes, dashes and whitespace normalised, as the verbatim rule allows. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
