import { z } from 'astro/zod';
import { FIX } from './mapping';
import { calendarDay, notFromSources, paragraphRef, slugId } from './metadata-field';

export const citedStatementSchema = z
  .object({
    id: slugId.describe("Stable id: becomes the statement's `#fragment`."),
    text: z.string().min(10).describe('The statement, in a neutral voice.'),
    cites: z
      .array(paragraphRef)
      .min(1, `the statement cites no source paragraph${FIX}list at least one <article-id>#<paragraph-id> under cites`)
      .describe('The source paragraphs it rests on (`<article-id>#<paragraph-id>`).'),
  })
  .describe("A statement of the briefing's own, with the source paragraphs it rests on.");

export const personSchema = z
  .object({
    id: slugId.describe("Stable id: becomes the entry's `#fragment`."),
    name: z.string().min(2).describe('Name as the sources give it.'),
    role: z.string().min(5).describe('Role in the story, from the sources.'),
    cites: z.array(paragraphRef).min(1).describe('Paragraphs that name them.'),
  })
  .describe('A person or body in the story.');

/** Frontmatter of the briefing's own analysis (`content/analysis/*.mdx`). */
export const analysisSchema = z
  .object({
    title: z.string().min(5).describe('Headline of the briefing.'),
    dek: z.string().min(10).describe('One-sentence standfirst under the headline.'),
    revised: calendarDay.describe('Date the analysis was last revised (YYYY-MM-DD).'),
    keyPoints: z
      .array(citedStatementSchema)
      .min(4)
      .max(8)
      .describe('Four to eight key points, each citing its source paragraphs.'),
    people: z.array(personSchema).default([]).describe("Who's who."),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
    keyDates: z.array(slugId).default([]).describe('Ids of the facts to list as key dates.'),
    writtenFrom: z
      .array(slugId)
      .optional()
      .describe(
        'The sources (article ids) the analysis was written from; sources not listed are shown as "added since" until the analysis is revised.',
      ),
  })
  .meta({ title: 'Analysis', description: "Frontmatter of the briefing's own analysis (content/analysis/*.mdx)." });

export type AnalysisData = z.infer<typeof analysisSchema>;
