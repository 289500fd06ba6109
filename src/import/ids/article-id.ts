import { ImportError } from '../import-error';

/** What the article schema accepts as an id (it becomes part of the page address). */
const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** An id is a handful of words: long enough to recognise, short enough for an address. */
const MAX_WORDS = 8;
const MAX_LENGTH = 60;

export function isArticleId(id: string): boolean {
  return SLUG_ID.test(id);
}

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

/**
 * The id of the new article: `--id` when given, else a slug of the title, else of the opening words.
 * Refused when it is taken (as a file name or as a former id) — the importer never overwrites.
 */
export function chooseArticleId(input: {
  flag?: string;
  title?: string;
  opening: string;
  taken: ReadonlySet<string>;
  articlesDir: string;
}): string {
  if (input.flag !== undefined && !isArticleId(input.flag)) {
    throw new ImportError(
      `--id ${JSON.stringify(input.flag)} is not a valid article id`,
      'use lower-case letters, digits and single hyphens, e.g. --id alliance-would-weaken',
    );
  }
  // A slug of digits alone ("2-8" from 「2月8日…」) names nothing: it is what is left of a date.
  const named = (slug: string) => (/[a-z]/u.test(slug) ? slug : '');
  const id = input.flag ?? (named(slugForId(input.title ?? '')) || named(slugForId(input.opening)));
  if (id === '') {
    throw new ImportError('no id can be made from the title or the first words (no Latin letters or digits)', 'give one with --id, e.g. --id takaichi-interview');
  }
  if (input.taken.has(id)) {
    throw new ImportError(
      `an article with the id "${id}" already exists (${input.articlesDir}/${id}.md or a former id); nothing was written`,
      'choose another id with --id <new-id>, or remove the existing article first if it is a failed import',
    );
  }
  return id;
}
