import { z } from 'astro/zod';
import { paragraphRef, partialDate, slugId } from './metadata-field';

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

/** A name for a list of words in a recognition rule: lower-case letters, digits and hyphens. */
const wordListName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'name word lists with lower-case letters, digits and hyphens, e.g. breaks or tv-words');

/**
 * How a fact is recognised in article text. Lists of interchangeable words are named under `words`;
 * each line of `match` names the lists that must all appear in one sentence. See docs/recognition.md.
 */
export const recognitionSchema = z
  .object({
    /**
     * Named lists of interchangeable words or phrases, e.g. `breaks: [collapse, fall apart, crumble]`.
     * Words match in every inflected form ("collapse" finds "collapsed"), in any case, with hyphens
     * or spaces; a word in capitals ("US", "TV") matches only capitals; Japanese is matched at word
     * starts ("崩壊" finds "崩壊する").
     */
    words: z.record(wordListName, z.array(z.string().min(1).max(120)).min(1)).default({}),
    /**
     * The combinations that make a mention, one per line: the names of word lists joined by `+`, all of
     * which must appear in one sentence, e.g. `alliance + breaks`. The name `date` stands for a date in
     * the fact's window (however written: "January 26", "Monday", "26日").
     */
    match: z.array(z.string().min(1).max(200)).default([]),
    /** Words that stop a sentence from mentioning the fact, e.g. another event's name. */
    not: z.array(z.string().min(1).max(120)).default([]),
    /**
     * The days mentions must fall within, for a fact with no `date` of its own (same form as `date`).
     * A sentence whose dates all lie outside the window is not a mention; defaults to the fact's `date`.
     */
    during: factDateSchema.optional(),
    /**
     * Escape hatch: regular expressions (RE2 syntax: no look-around or back-references; matched in
     * linear time, case-insensitive), each one a mention on its own. Prefer `words` and `match`.
     */
    patterns: z.array(z.string().min(1).max(300)).default([]),
  })
  .prefault({});

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
   * Replaced by `recognise`. A fact file that still has `match` is refused with that advice, so an
   * old rule is never silently ignored.
   */
  match: z
    .unknown()
    .refine((value) => value === undefined, {
      message: '`match` (regular expressions) is replaced by `recognise`: rewrite the rules as word lists and match lines (docs/recognition.md), then remove `match`',
    })
    .optional(),
  /** How the fact is recognised in article text, so its mentions link to the fact page (docs/recognition.md). */
  recognise: recognitionSchema,
  /** How each source tells the fact, where details can be compared. */
  accounts: z.array(accountSchema).default([]),
  /** Ids of related facts. */
  related: z.array(slugId).default([]),
  /** Former ids of this fact, so that old fact addresses keep working. */
  aliases: z.array(slugId).default([]),
});

export type FactData = z.infer<typeof factSchema>;
export type FactDate = z.infer<typeof factDateSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
