import { z } from 'astro/zod';
import { FIX } from './mapping';

/** A BCP 47 language tag such as `en` or `ja`. */
const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, `a language is a BCP 47 tag${FIX}e.g. en, ja or en-GB`);

/**
 * The briefing's own settings (`content/briefing.yaml`): what the site calls itself and in which
 * languages it is written and read. The site's public address is not here: it belongs to the
 * deployment (`BRIEFING_SITE` or `--site`, see the README).
 */
export const briefingSchema = z
  .strictObject({
    title: z
      .string()
      .min(3)
      .describe(
        'The story\'s name, e.g. "The port strike and the shipping lanes": heads the site name, the feed and the calendar.',
      ),
    tagline: z
      .string()
      .min(3)
      .max(80)
      .describe(
        'A short line of the story\'s key words under "Source briefing" in every page header, e.g. "Strike · the port · shipping".',
      ),
    language: languageTag.describe("The language the briefing's own pages are written in (their `lang`), e.g. `en`."),
    sourceLanguages: z
      .array(languageTag)
      .min(1)
      .describe('The languages its sources are in; the importer points out a source in any other language.'),
    contact: z
      .string()
      .regex(
        /^(mailto:[^@\s]+@[^@\s]+\.[^@\s]+|https:\/\/\S+)$/,
        `the contact is a link readers follow to report an error${FIX}write mailto:editors@example.org or an https:// address of a form`,
      )
      .optional()
      .describe(
        'Where readers report an error they find, shown on the About page: `mailto:desk@example.org` or an https:// form.',
      ),
  })
  .meta({ title: 'Briefing settings', description: "The briefing's own settings (content/briefing.yaml)." });

export type BriefingSettings = z.infer<typeof briefingSchema>;
