import { z } from 'astro/zod';
import { notFromSources } from './metadata-field';

/** How a passage speaks: reporting what happened or was said, or the outlet's own voice. */
export const passageVoice = z.enum(['reporting', 'characterisation', 'opinion', 'attributed-analysis']);

/**
 * The briefing's reading of how one article frames the story (`content/framing/<article-id>.yaml`):
 * which passages report and which carry the outlet's own characterisation or opinion, where the text
 * makes that evident. Passages not listed are reporting.
 */
export const framingSchema = z.object({
  passages: z
    .array(
      z.object({
        /** Id of the paragraph in the article (e.g. `p-pre-election-declaration`). */
        paragraph: z.string().regex(/^[^\s#]+$/, 'give the paragraph id without the article id or #'),
        /** What kind of voice the passage speaks in. */
        voice: passageVoice,
        /** The words of the passage that make its voice evident, quoted verbatim (checked against the text). */
        evidence: z.string().min(3),
        /** One neutral sentence on why the passage is read this way. */
        note: z.string().min(10),
      }),
    )
    .min(1),
  /** Quoted words that are not source text (see `notFromSources` in metadata-field.ts). */
  notFromSources,
});

export type FramingData = z.infer<typeof framingSchema>;
export type PassageVoice = z.infer<typeof passageVoice>;
