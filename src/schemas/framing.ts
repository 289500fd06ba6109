import { z } from 'astro/zod';
import { notFromSources } from './metadata-field';
import { FIX } from './mapping';

export const passageVoice = z
  .enum(['reporting', 'characterisation', 'opinion', 'attributed-analysis'])
  .describe("How a passage speaks: reporting what happened or was said, or the outlet's own voice.");

/**
 * The briefing's reading of how one article frames the story (`content/framing/<article-id>.yaml`):
 * which passages report and which carry the outlet's own characterisation or opinion, where the text
 * makes that evident. Passages not listed are reporting.
 */
export const framingSchema = z
  .object({
    passages: z
      .array(
        z.object({
          paragraph: z
            .string()
            .regex(
              /^[^\s#]+$/,
              `the paragraph is named by its own id${FIX}give the paragraph id without the article id or #, e.g. p-pre-election-declaration`,
            )
            .describe('Id of the paragraph in the article (e.g. `p-pre-election-declaration`).'),
          voice: passageVoice.describe('What kind of voice the passage speaks in.'),
          evidence: z
            .string()
            .min(3)
            .describe(
              'The words of the passage that make its voice evident, quoted verbatim (checked against the text).',
            ),
          note: z.string().min(10).describe('One neutral sentence on why the passage is read this way.'),
        }),
      )
      .min(1)
      .describe('The passages that are not plain reporting, each with the words that show it.'),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
  })
  .meta({
    title: 'Framing',
    description: "The briefing's reading of how one article frames the story (content/framing/<article-id>.yaml).",
  });

export type FramingData = z.infer<typeof framingSchema>;
