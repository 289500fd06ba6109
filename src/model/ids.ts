/**
 * What an id may be — of a fact, an article, a cited source, a correction — and of the file that holds
 * it: lower-case letters, digits and single hyphens, since it becomes part of an address.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a text can be an id as it stands (`tv-remarks` can; `TV remarks` and `tv--remarks` cannot). */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** An id is a handful of words: long enough to recognise, short enough for an address. */
const MAX_WORDS = 8;
const MAX_LENGTH = 60;

/**
 * An id from a title or an opening sentence: lower-case ASCII words joined by hyphens (accents are
 * dropped, other scripts cannot be spelled in an id and are left out), at most eight words and 60
 * characters, cut at a word boundary. Empty when nothing usable remains (then `--id` is needed).
 */
export function slugForId(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let id = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    id = next;
  }
  return id;
}
