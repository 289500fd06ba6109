import { z } from 'astro/zod';
import { isoDay, metadataField, notFromSources, slugId } from './metadata-field';

/**
 * Frontmatter of a source article (`content/articles/<id>.md`). Only what the text itself states is
 * recorded as stated; everything else is `not-stated` or `inferred` with a reason.
 */
export const articleSchema = z.object({
  /** The headline as printed by the source. */
  title: metadataField(z.string().min(1)),
  /** The outlet that published the article. */
  publisher: metadataField(z.string().min(1)),
  /** The byline as printed (author or desk). */
  byline: metadataField(z.string().min(1)),
  /** Publication date, YYYY-MM-DD. */
  published: metadataField(isoDay),
  /** The article's address on the publisher's site. */
  url: metadataField(z.url({ protocol: /^https?$/ })),
  /** BCP 47 language tag of the text, e.g. `en` or `ja`. */
  language: metadataField(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'use a BCP 47 tag such as en or ja')),
  /** File name in `content/originals/` of the text exactly as received. */
  original: z
    .string()
    .regex(/^[^/\\]+$/, 'give a file name inside content/originals/, without folders')
    .refine((name) => !/^\.+$/.test(name), 'give a file name inside content/originals/, not . or ..'),
  /** When the briefing added this source (editorial metadata, YYYY-MM-DD). */
  added: isoDay,
  /** Ids of the cited sources (`content/cited-sources/`) this article cites or embeds. */
  cites: z.array(slugId).default([]),
  /** Former paragraph or heading ids → their current id, so links to the old address keep working. */
  anchorAliases: z.record(z.string().regex(/^[^\s#]+$/), z.string().regex(/^[^\s#]+$/)).default({}),
  /** Quoted words that are not source text (see `notFromSources` in metadata-field.ts). */
  notFromSources,
  /** Former ids of this article, so old addresses keep working after a rename. */
  aliases: z.array(slugId).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
