import { z } from 'astro/zod';
import { dayOfDate } from '../model/dates';
import { FIX, mapping } from './mapping';
import { notFromSources, paragraphRef, partialDate, slugId } from './metadata-field';

/** What sort of fact it is. */
export const FACT_KINDS = ['event', 'statement', 'measure', 'context', 'characterisation'] as const;

/** Whether an editor has reviewed an account: `drafted` by the importer or the build, else `reviewed`. */
export const REVIEW_STATES = ['drafted', 'reviewed'] as const;

/** The date someone wrote where a mapping belongs, if it looks like one, for the example of the right form. */
function dateExample(input: unknown): string {
  if (input instanceof Date) return dayOfDate(input) ?? '2026-01-06';
  return typeof input === 'string' || typeof input === 'number' ? String(input) : '2026-01-06';
}

/** When something happened: a single date or a range, each at day, month or year precision. */
export const factDateSchema = mapping(
  {
    start: partialDate.describe('First (or only) date: YYYY-MM-DD, YYYY-MM or YYYY — the form is the precision.'),
    end: partialDate.optional().describe('Last date of a range, same forms; omit for a single date.'),
  },
  (input) => `date: { start: ${dateExample(input)} } (and end: for a range)`,
)
  .refine((date) => !date.end || date.end >= date.start, {
    message: `the range ends before it starts${FIX}check the dates, or swap start and end`,
    path: ['end'],
  })
  .describe(
    'When it happened, as the briefing settles it: a single date or a range, each at day, month or year precision.',
  );

export const statedNumberSchema = mapping(
  {
    label: z.string().min(1).describe('What is counted or measured, e.g. "distance from Japan".'),
    asWritten: z.string().min(1).describe('The number as the source writes it, e.g. "110 km".'),
    value: z.number().describe('The value in a comparable unit (e.g. kilometres), for comparison across sources.'),
    unit: z.string().min(1).describe('The unit of `value`.'),
  },
  () => '{ label: distance from Japan, asWritten: "110 km", value: 110, unit: km }',
).describe('A number a source gives for the fact (a distance, a count, a year).');

export const accountSchema = z
  .object({
    source: slugId.describe('Id of the article giving this account.'),
    date: mapping(
      {
        asWritten: z.string().min(1).describe('The words the source uses, e.g. "on Tuesday" or "January 26, 2026".'),
        value: partialDate.describe('The resolved date (YYYY, YYYY-MM or YYYY-MM-DD).'),
        inferred: z
          .string()
          .min(10)
          .optional()
          .describe('Set when the date is resolved from relative words: how (e.g. against the publication date).'),
      },
      (input) => `date: { asWritten: "January 6, 2026", value: ${dateExample(input)} }`,
    )
      .optional()
      .describe('Date as this source gives it.'),
    setting: z.string().min(1).optional().describe('Setting or venue as the source gives it, e.g. "televised debate".'),
    actors: z.array(z.string().min(1)).default([]).describe('People or bodies the source names as acting.'),
    numbers: z.array(statedNumberSchema).default([]).describe('Numbers the source gives.'),
    wording: z
      .array(z.string().min(1))
      .default([])
      .describe('The characterising words the source puts on the event (its verbs and phrases), verbatim.'),
    paragraphs: z
      .array(paragraphRef)
      .default([])
      .describe('Paragraphs of the article where this account is given; found automatically when omitted.'),
    review: z
      .enum(REVIEW_STATES)
      .default('reviewed')
      .describe(
        'drafted: made from the text by the importer or the build, not yet reviewed (npm run review); reviewed: checked or written by an editor (the default).',
      ),
  })
  .describe('How one source tells the fact: the details that can be compared across sources.');

/** A name for a list of words in a recognition rule: lower-case letters, digits and hyphens. */
const wordListName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'name word lists with lower-case letters, digits and hyphens, e.g. breaks or tv-words');

/**
 * How a fact is recognised in article text. Lists of interchangeable words are named under `words`;
 * each line of `match` names the lists that must all appear in one sentence. See docs/recognition.md.
 */
export const recognitionSchema = z
  .strictObject({
    words: z
      .record(wordListName, z.array(z.string().min(1).max(120)).min(1))
      .default({})
      .describe(
        'Named lists of interchangeable words or phrases, e.g. breaks: [collapse, fall apart, crumble]. Inflected forms, case, hyphens and spaces do not matter; words in capitals (US, TV) match only capitals; Japanese matches at word starts.',
      ),
    match: z
      .array(z.string().min(1).max(200))
      .default([])
      .describe(
        "The combinations that make a mention, one per line: word-list names joined by +, all in one sentence, e.g. alliance + breaks. The name date stands for a date in the fact's window.",
      ),
    not: z
      .array(z.string().min(1).max(120))
      .default([])
      .describe("Words that stop a sentence from mentioning the fact, e.g. another event's name."),
    continued: z
      .array(z.string().min(1).max(120))
      .optional()
      .describe(
        "Words that carry the fact on in a later paragraph once the article has introduced it (an election's seats and turnout, a ban's goods); not a mention on their own.",
      ),
    during: factDateSchema
      .optional()
      .describe('The days mentions must fall within, for a fact with no date of its own (same form as date).'),
    patterns: z
      .array(z.string().min(1).max(300))
      .default([])
      .describe(
        'Escape hatch: regular expressions (RE2 syntax, linear time, case-insensitive), each a mention on its own. Prefer words and match.',
      ),
  })
  .prefault({});

/** A fact the sources share or state (`content/facts/<id>.yaml`); its id is its file name. */
export const factSchema = z
  .object({
    title: z.string().min(3).describe('Short title, e.g. "The minister\'s televised remarks".'),
    kind: z.enum(FACT_KINDS).describe('What sort of fact it is.'),
    date: factDateSchema
      .optional()
      .describe('When it happened, as the briefing settles it (omit for undated context).'),
    summary: z.string().min(20).describe('One neutral paragraph summarising the fact strictly from the sources.'),
    match: z
      .unknown()
      .refine((value) => value === undefined, {
        message:
          '`match` (regular expressions) is replaced by `recognise`: rewrite the rules as word lists and match lines (docs/recognition.md), then remove `match`',
      })
      .optional()
      .describe('Replaced by `recognise` (docs/recognition.md); a fact file that still has it is refused.'),
    recognise: recognitionSchema.describe(
      'How the fact is recognised in article text, so its mentions link to the fact page (docs/recognition.md).',
    ),
    accounts: z
      .array(accountSchema)
      .default([])
      .describe('How each source tells the fact, where details can be compared.'),
    related: z.array(slugId).default([]).describe('Ids of related facts.'),
    /** Quoted words that are not source text, accepted by the quotation check (see `notFromSources` in metadata-field.ts). */
    notFromSources,
    aliases: z.array(slugId).default([]).describe('Former ids of this fact, so that old fact addresses keep working.'),
    summaryFrom: z
      .array(slugId)
      .optional()
      .describe(
        'The sources (article ids) the title and summary were written from; sources that mention the fact and are not listed are shown as "added since" until the summary is revised.',
      ),
    noAccountFrom: z
      .array(slugId)
      .default([])
      .describe(
        'Sources that mention the fact but give no account worth comparing (an editor rejected the draft): none is drafted for them again.',
      ),
    linksKept: z
      .array(paragraphRef)
      .default([])
      .describe(
        'Passages (article#paragraph) the review flagged as doubtful links and an editor kept: no longer flagged.',
      ),
    unlinked: z
      .array(paragraphRef)
      .default([])
      .describe(
        'Passages (article#paragraph) this fact is never linked from, whatever its rules find: doubtful links an editor removed.',
      ),
  })
  .meta({
    title: 'Fact',
    description: 'A fact the sources share or state (content/facts/<id>.yaml); its id is its file name.',
  });

export type FactData = z.infer<typeof factSchema>;
export type Account = z.infer<typeof accountSchema>;

/** An account's date as it is written out (fact files, exports): its fields in order, `inferred` only when set. */
export function accountDateFields(date: NonNullable<Account['date']>): NonNullable<Account['date']> {
  return {
    asWritten: date.asWritten,
    value: date.value,
    ...(date.inferred ? { inferred: date.inferred } : {}),
  };
}
export type Recognition = z.infer<typeof recognitionSchema>;
