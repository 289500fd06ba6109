import { isPageFurniture, withoutDateline } from '../../model/page-furniture';
import { ImportError } from '../import-error';
import { isId, slugForId } from '../../model/ids';

/** What the source says about itself that an id may be made from, besides its text. */
export interface IdSources {
  /** `--title`, else the page's own title. */
  title?: string;
  url?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** The article's opening text: the last resort, without its dateline, captions or credits. */
  opening: string;
}

/** A slug names something only with a letter in it ("2-8" from 「2月8日…」 is what is left of a date). */
const named = (slug: string) => (/[a-z]/u.test(slug) ? slug : '');

/**
 * The id a person would choose, from what the source gives: the headline, else the address's own slug
 * (its last part of two words or more: `…/2026/01/29/ferry-rules-review`), else the publisher and
 * date (or the site's name and date, for a publisher in another script), else the opening sentence —
 * never a dateline, caption, credit or section label. Empty when none gives Latin letters.
 */
export function derivedArticleId(from: IdSources): string {
  const title = from.title && !isPageFurniture(from.title) ? named(slugForId(withoutDateline(from.title))) : '';
  const date = from.published ?? '';
  const host = from.url ? /^https?:\/\/(?:www\.)?([^./:]+)/iu.exec(from.url)?.[1] : undefined;
  const dated = (name: string | undefined) =>
    name && date ? named(slugForId(name)) && `${slugForId(name)}-${date}` : '';
  return (
    title ||
    urlSlug(from.url) ||
    dated(from.publisher) ||
    dated(host) ||
    named(
      slugForId(
        withoutDateline(from.opening.split(/\n+/u).find((line) => line.trim() !== '' && !isPageFurniture(line)) ?? ''),
      ),
    )
  );
}

/** The last part of an address's path that is words (two or more, with letters), as a slug. */
function urlSlug(url: string | undefined): string {
  if (!url) return '';
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  const parts = path
    .split('/')
    .map((part) => part.replace(/\.(?:html?|php|aspx?|shtml)$/iu, ''))
    .reverse();
  for (const part of parts) {
    // A site's own number at the end ("…-takaichi-5885896", "…_999") names nothing a reader knows.
    const slug = slugForId(part.replace(/_/gu, '-').replace(/(?:[-_]\d{3,})+$/u, ''));
    if (named(slug) && slug.split('-').filter((word) => /[a-z]/u.test(word)).length >= 2) return slug;
  }
  return '';
}

/**
 * The id of the new article: `--id` when given (refused when taken — the importer never overwrites),
 * else the id a person would choose (`derivedArticleId`), with `-2`, `-3`… when another article has it.
 */
export function chooseArticleId(
  input: IdSources & { flag?: string; taken: ReadonlySet<string>; articlesDir: string },
): string {
  if (input.flag !== undefined && !isId(input.flag)) {
    throw new ImportError(
      `--id ${JSON.stringify(input.flag)} is not a valid article id`,
      'use lower-case letters, digits and single hyphens, e.g. --id alliance-would-weaken',
    );
  }
  if (input.flag !== undefined) {
    if (input.taken.has(input.flag)) {
      throw new ImportError(
        `an article with the id "${input.flag}" already exists (${input.articlesDir}/${input.flag}.md or a former id); nothing was written`,
        'choose another id with --id <new-id>, or remove the existing article first if it is a failed import',
      );
    }
    return input.flag;
  }
  const id = derivedArticleId(input);
  if (id === '') {
    throw new ImportError(
      'no id can be made from the title, address, publisher and date, or first words (no Latin letters or digits)',
      'give --url, or --publisher with --published, or an id with --id, e.g. --id takaichi-interview',
    );
  }
  if (!input.taken.has(id)) return id;
  for (let n = 2; ; n++) if (!input.taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
