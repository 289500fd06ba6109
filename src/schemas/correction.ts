import { z } from 'astro/zod';
import { FIX } from './mapping';
import { calendarDay, notFromSources, slugId } from './metadata-field';

/**
 * A correction or change of the briefing (`content/corrections/<id>.yaml`), written by the editor who
 * made it. Each is published in the changes log on the About page and in the updates feed; additions
 * of sources are logged from the articles' `added` dates and need no file.
 */
export const correctionSchema = z
  .strictObject({
    date: calendarDay.describe('The day the change was published, YYYY-MM-DD.'),
    kind: z
      .enum(['correction', 'clarification', 'change'])
      .describe(
        'correction: something the briefing said was wrong; clarification: it was right but could be misread; change: how the briefing presents or finds things changed.',
      ),
    summary: z
      .string()
      .min(20, `the summary is too short${FIX}say in a sentence what was wrong and what the briefing says now`)
      .describe('What was wrong, unclear or changed, and what the briefing says now, in a sentence or two.'),
    facts: z.array(slugId).default([]).describe('Ids of the facts whose pages changed (content/facts/<id>.yaml).'),
    articles: z
      .array(slugId)
      .default([])
      .describe('Ids of the source articles whose pages changed (content/articles/<id>.md).'),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
  })
  .meta({
    title: 'Correction',
    description:
      'A correction or change of the briefing (content/corrections/<id>.yaml), published in the changes log and the feed.',
  });

export type CorrectionData = z.infer<typeof correctionSchema>;
