import { z } from 'astro/zod';
import { FIX } from './mapping';
import { calendarDay, notFromSources, paragraphRef, slugId } from './metadata-field';

/** A statement of the briefing's own, with the source paragraphs it rests on. */
export const citedStatementSchema = z
  .object({
    /** Stable id: becomes the statement's `#fragment`. */
    id: slugId.describe("Stable id: becomes the statement's `#fragment`."),
    /** The statement, in a neutral voice. */
    text: z.string().min(10).describe('The statement, in a neutral voice.'),
    /** The source paragraphs it rests on (`<article-id>#<paragraph-id>`). */
    cites: z
      .array(paragraphRef)
      .min(1, `the statement cites no source paragraph${FIX}list at least one <article-id>#<paragraph-id> under cites`)
      .describe('The source paragraphs it rests on (`<article-id>#<paragraph-id>`).'),
  })
  .describe("A statement of the briefing's own, with the source paragraphs it rests on.");

/** A person or body in the story. */
export const personSchema = z
  .object({
    /** Stable id: becomes the entry's `#fragment`. */
    id: slugId.describe("Stable id: becomes the entry's `#fragment`."),
    /** Name as the sources give it. */
    name: z.string().min(2).describe('Name as the sources give it.'),
    /** Role in the story, from the sources. */
    role: z.string().min(5).describe('Role in the story, from the sources.'),
    /** Paragraphs that name them. */
    cites: z.array(paragraphRef).min(1).describe('Paragraphs that name them.'),
  })
  .describe('A person or body in the story.');

/** Frontmatter of the briefing's own analysis (`content/analysis/*.mdx`). */
export const analysisSchema = z
  .object({
    /** Headline of the briefing. */
    title: z.string().min(5).describe('Headline of the briefing.'),
    /** One-sentence standfirst under the headline. */
    dek: z.string().min(10).describe('One-sentence standfirst under the headline.'),
    /** Date the analysis was last revised (YYYY-MM-DD). */
    revised: calendarDay.describe('Date the analysis was last revised (YYYY-MM-DD).'),
    /** Four to eight key points, each citing its source paragraphs. */
    keyPoints: z
      .array(citedStatementSchema)
      .min(4)
      .max(8)
      .describe('Four to eight key points, each citing its source paragraphs.'),
    /** Who's who. */
    people: z.array(personSchema).default([]).describe("Who's who."),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
    /** Ids of the facts to list as key dates. */
    keyDates: z.array(slugId).default([]).describe('Ids of the facts to list as key dates.'),
    /**
     * The sources (article ids) the analysis was written from. Sources added afterwards are shown on the
     * page ("written from 2 of 10 sources; added since: …") and the build warns, until the analysis is
     * revised and they are listed here.
     */
    writtenFrom: z
      .array(slugId)
      .optional()
      .describe(
        'The sources (article ids) the analysis was written from; sources not listed are shown as "added since" until the analysis is revised.',
      ),
  })
  .meta({ title: 'Analysis', description: "Frontmatter of the briefing's own analysis (content/analysis/*.mdx)." });

export type AnalysisData = z.infer<typeof analysisSchema>;
