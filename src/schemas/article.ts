import { z } from 'astro/zod';
import { FIX } from './mapping';
import { calendarDay, metadataField, notFromSources, slugId } from './metadata-field';

/**
 * Frontmatter of a source article (`content/articles/<id>.md`). Only what the text itself states is
 * recorded as stated; everything else is `not-stated` or `inferred` with a reason.
 */
export const articleSchema = z
  .object({
    title: metadataField(z.string().min(1)).describe('The headline as printed by the source.'),
    publisher: metadataField(z.string().min(1)).describe('The outlet that published the article.'),
    byline: metadataField(z.string().min(1)).describe('The byline as printed (author or desk).'),
    published: metadataField(calendarDay).describe('Publication date, YYYY-MM-DD.'),
    url: metadataField(z.url({ protocol: /^https?$/ })).describe("The article's address on the publisher's site."),
    language: metadataField(
      z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, `a language is a BCP 47 tag${FIX}e.g. en, ja or en-GB`),
    ).describe('BCP 47 language tag of the text, e.g. `en` or `ja`.'),
    original: z
      .string()
      .regex(
        /^[^/\\]+$/,
        `the original is named by its file name alone${FIX}give a file name inside content/originals/, without folders`,
      )
      .refine(
        (name) => !/^\.+$/.test(name),
        `. and .. are folders, not originals${FIX}give a file name inside content/originals/`,
      )
      .describe('File name in `content/originals/` of the text exactly as received.'),
    added: calendarDay.describe('When the briefing added this source (editorial metadata, YYYY-MM-DD).'),
    cites: z
      .array(slugId)
      .default([])
      .describe('Ids of the cited sources (`content/cited-sources/`) this article cites or embeds.'),
    anchorAliases: z
      .record(z.string().regex(/^[^\s#]+$/), z.string().regex(/^[^\s#]+$/))
      .default({})
      .describe('Former paragraph or heading ids → their current id, so links to the old address keep working.'),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
    aliases: z
      .array(slugId)
      .default([])
      .describe('Former ids of this article, so old addresses keep working after a rename.'),
  })
  .meta({
    title: 'Source article',
    description:
      'Frontmatter of a source article (content/articles/<id>.md): only what the text itself states is recorded as stated.',
  });

export type ArticleData = z.infer<typeof articleSchema>;
