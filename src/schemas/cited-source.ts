import { z } from 'astro/zod';
import { FIX } from './mapping';
import { calendarDay, metadataField, notFromSources, paragraphRef, slugId } from './metadata-field';

/** An outlet, post or document that an article cites or embeds (`content/cited-sources/<id>.yaml`). */
export const citedSourceSchema = z
  .object({
    name: z.string().min(1).describe('Name of the outlet or account, as the citing article gives it.'),
    kind: z
      .enum(['listed-source', 'embedded-post', 'linked-source'])
      .describe('How the source is referred to: a listed source, an embedded post, a link.'),
    title: metadataField(z.string().min(1)).describe(
      'Title of the cited item, exactly as the citing article gives it.',
    ),
    url: metadataField(z.url({ protocol: /^https?$/ })).describe(
      'Address of the cited item, where the citing article gives one.',
    ),
    date: metadataField(calendarDay).describe(
      'Date of the cited item, where the citing article gives one (YYYY-MM-DD).',
    ),
    citedBy: z
      .array(slugId)
      .min(1, `no article is named as citing this source${FIX}list at least one article id under citedBy`)
      .describe('Ids of the articles that cite it.'),
    appearsIn: z
      .array(paragraphRef)
      .default([])
      .describe('Where in the citing article it appears: `<article-id>#<paragraph-id>` references.'),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
  })
  .meta({
    title: 'Cited source',
    description: 'An outlet, post or document that an article cites or embeds (content/cited-sources/<id>.yaml).',
  });

export type CitedSourceData = z.infer<typeof citedSourceSchema>;
