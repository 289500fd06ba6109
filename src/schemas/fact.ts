import { z } from 'astro/zod';
import { notFromSources, paragraphRef, partialDate, slugId } from './metadata-field';

/** When something happened: a single date or a range, each at day, month or year precision. */
export const factDateSchema = z
  .object({
    /** First (or only) date: YYYY-MM-DD, YYYY-MM or YYYY — the form is the precision. */
    start: partialDate,
    /** Last date of a range, same forms; omit for a single date. */
    end: partialDate.optional(),
  })
  .refine((date) => !date.end || date.end >= date.start, {
    message: 'end must not be before start',
    path: ['end'],
  });

/** A number a source gives for the fact (a distance, a count, a year). */
export const statedNumberSchema = z.object({
  /** What is counted or measured, e.g. "distance from Japan". */
  label: z.string().min(1),
  /** The number as the source writes it, e.g. "110 km". */
  asWritten: z.string().min(1),
  /** The value in a comparable unit (e.g. kilometres), for comparison across sources. */
  value: z.number(),
  /** The unit of `value`. */
  unit: z.string().min(1),
});

/** How one source tells the fact: the details that can be compared across sources. */
export const accountSchema = z.object({
  /** Id of the article giving this account. */
  source: slugId,
  /** Date as this source gives it. */
  date: z
    .object({
      /** The words the source uses, e.g. "on Tuesday" or "January 26, 2026". */
      asWritten: z.string().min(1),
      /** The resolved date (YYYY, YYYY-MM or YYYY-MM-DD). */
      value: partialDate,
      /** Set when the date is resolved from relative words: how (e.g. against the publication date). */
      inferred: z.string().min(10).optional(),
    })
    .optional(),
  /** Setting or venue as the source gives it, e.g. "televised debate". */
  setting: z.string().min(1).optional(),
  /** People or bodies the source names as acting. */
  actors: z.array(z.string().min(1)).default([]),
  /** Numbers the source gives. */
  numbers: z.array(statedNumberSchema).default([]),
  /** The characterising words the source puts on the event (its verbs and phrases), verbatim. */
  wording: z.array(z.string().min(1)).default([]),
  /** Paragraphs of the article where this account is given; found automatically when omitted. */
  paragraphs: z.array(paragraphRef).default([]),
});

/** A fact the sources share or state (`content/facts/<id>.yaml`); its id is its file name. */
export const factSchema = z.object({
  /** Short title, e.g. "Takaichi's televised remarks on Taiwan". */
  title: z.string().min(3),
  /** What sort of fact it is. */
  kind: z.enum(['event', 'statement', 'measure', 'context', 'characterisation']),
  /** When it happened, as the briefing settles it (omit for undated context). */
  date: factDateSchema.optional(),
  /** One neutral paragraph summarising the fact strictly from the sources. */
  summary: z.string().min(20),
  /**
   * Recognition rules: regular expressions (case-insensitive, Unicode) that find a mention of the
   * fact in article text. Each match is linked to the fact page.
   */
  match: z.array(z.string().min(2)).default([]),
  /** How each source tells the fact, where details can be compared. */
  accounts: z.array(accountSchema).default([]),
  /** Ids of related facts. */
  related: z.array(slugId).default([]),
  /** Quoted words that are not source text (see `notFromSources` in metadata-field.ts). */
  notFromSources,
  /** Former ids of this fact, so that old fact addresses keep working. */
  aliases: z.array(slugId).default([]),
});

export type FactData = z.infer<typeof factSchema>;
export type FactDate = z.infer<typeof factDateSchema>;
export type Account = z.infer<typeof accountSchema>;
