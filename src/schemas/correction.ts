import { z } from 'astro/zod';
import { isoDay, slugId } from './metadata-field';

/**
 * A correction or change of the briefing (`content/corrections/<id>.yaml`), written by the editor who
 * made it. Each is published in the changes log on the About page and in the updates feed; additions
 * of sources are logged from the articles' `added` dates and need no file.
 */
export const correctionSchema = z.object({
  /** The day the change was published, YYYY-MM-DD. */
  date: isoDay,
  /**
   * `correction`: something the briefing said was wrong; `clarification`: it was right but could be
   * misread; `change`: how the briefing presents or finds things changed.
   */
  kind: z.enum(['correction', 'clarification', 'change']),
  /** What was wrong, unclear or changed, and what the briefing says now, in a sentence or two. */
  summary: z.string().min(20, 'say in a sentence what was wrong and what the briefing says now'),
  /** Ids of the facts whose pages changed (`content/facts/<id>.yaml`). */
  facts: z.array(slugId).default([]),
  /** Ids of the source articles whose pages changed (`content/articles/<id>.md`). */
  articles: z.array(slugId).default([]),
});

export type CorrectionData = z.infer<typeof correctionSchema>;
