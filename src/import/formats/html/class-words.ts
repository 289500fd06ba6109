import type { Element } from 'hast';

/**
 * The words of an element's class and id ("story-body print-friendly" → story, body, print, friendly),
 * lower-case. Sites name their page parts this way; matching whole words, not substrings, keeps
 * "shadow" or "loaded" from being read as "ad".
 */
export function classWords(element: Element): string[] {
  const names = [element.properties.className, element.properties.id].flat().map((value) => String(value ?? ''));
  return names.flatMap((name) => name.toLowerCase().split(/[^a-z0-9]+/u)).filter(Boolean);
}

/** Whether an element is hidden from readers by its markup (`hidden`, `aria-hidden`, inline display:none). */
export function isHidden(element: Element): boolean {
  const { properties } = element;
  if (properties.hidden !== undefined && properties.hidden !== false) return true;
  if (String(properties.ariaHidden ?? '') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(String(properties.style ?? ''));
}
