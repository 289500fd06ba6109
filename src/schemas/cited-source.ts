import { z } from 'astro/zod';
import { isoDay, metadataField, notFromSources, slugId } from './metadata-field';

/** An outlet, post or document that an article cites or embeds (`content/cited-sources/<id>.yaml`). */
export const citedSourceSchema = z.object({
  /** Name of the outlet or account, as the citing article gives it. */
  name: z.string().min(1),
  /** How the source is referred to: a listed source, an embedded post, a link. */
  kind: z.enum(['listed-source', 'embedded-post', 'linked-source']),
  /** Title of the cited item, exactly as the citing article gives it. */
  title: metadataField(z.string().min(1)),
  /** Address of the cited item, where the citing article gives one. */
  url: metadataField(z.url({ protocol: /^https?$/ })),
  /** Date of the cited item, where the citing article gives one (YYYY-MM-DD). */
  date: metadataField(isoDay),
  /** Ids of the articles that cite it. */
  citedBy: z.array(slugId).min(1, 'name at least one article that cites this source'),
  /** Where in the citing article it appears: `<article-id>#<paragraph-id>` references. */
  appearsIn: z.array(z.string().regex(/^[a-z0-9-]+#[^\s#]+$/)).default([]),
  /** Quoted words that are not source text (see `notFromSources` in metadata-field.ts). */
  notFromSources,
});

export type CitedSourceData = z.infer<typeof citedSourceSchema>;
