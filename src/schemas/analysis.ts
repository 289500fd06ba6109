import { z } from 'astro/zod';
import { isoDay, notFromSources, paragraphRef, slugId } from './metadata-field';

/** A statement of the briefing's own, with the source paragraphs it rests on. */
export const citedStatementSchema = z.object({
  /** Stable id: becomes the statement's `#fragment`. */
  id: slugId,
  /** The statement, in a neutral voice. */
  text: z.string().min(10),
  /** The source paragraphs it rests on (`<article-id>#<paragraph-id>`). */
  cites: z.array(paragraphRef).min(1, 'every statement must cite at least one source paragraph'),
});

/** A person or body in the story. */
export const personSchema = z.object({
  /** Stable id: becomes the entry's `#fragment`. */
  id: slugId,
  /** Name as the sources give it. */
  name: z.string().min(2),
  /** Role in the story, from the sources. */
  role: z.string().min(5),
  /** Paragraphs that name them. */
  cites: z.array(paragraphRef).min(1),
});

/** Frontmatter of the briefing's own analysis (`content/analysis/*.mdx`). */
export const analysisSchema = z.object({
  /** Headline of the briefing. */
  title: z.string().min(5),
  /** One-sentence standfirst under the headline. */
  dek: z.string().min(10),
  /** Date the analysis was last revised (YYYY-MM-DD). */
  revised: isoDay,
  /** Four to eight key points, each citing its source paragraphs. */
  keyPoints: z.array(citedStatementSchema).min(4).max(8),
  /** Who's who. */
  people: z.array(personSchema).default([]),
  /** Quoted words that are not source text (see `notFromSources` in metadata-field.ts). */
  notFromSources,
  /** Ids of the facts to list as key dates. */
  keyDates: z.array(slugId).default([]),
});

export type AnalysisData = z.infer<typeof analysisSchema>;
export type CitedStatement = z.infer<typeof citedStatementSchema>;
