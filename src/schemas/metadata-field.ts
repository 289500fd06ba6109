import { z } from 'astro/zod';
import { dayOfDate, isRealDay, PARTIAL_DATE_PATTERN, spanOf } from '../model/dates';
import { ID_PATTERN } from '../model/ids';
import { PARAGRAPH_REF_PATTERN } from '../model/paragraph-ref';
import { FIX, mapping, written } from './mapping';

/** How an inferred date relates to the truth: the value itself, or only a bound of it. */
export const INFERENCE_QUALIFIERS = ['exact', 'on-or-after', 'on-or-before'] as const;

/**
 * A piece of source metadata whose provenance matters: either the source states it, or it does not,
 * or the briefing inferred it (and must say why). Nothing is ever silently invented.
 */
export function metadataField<T extends z.ZodType>(value: T) {
  const example = (input: unknown) =>
    `{ status: stated, value: ${typeof input === 'string' || input instanceof Date ? written(input).replace(/^"|"$/gu, '') : '…'} } (or status: not-stated, or status: inferred with value and reason)`;
  return z.discriminatedUnion(
    'status',
    [
      mapping(
        {
          status: z.literal('stated').describe('The source text states this value in so many words.'),
          value: value.describe('The value exactly as the source gives it (dates normalised to YYYY-MM-DD).'),
        },
        example,
      ),
      mapping(
        {
          status: z.literal('not-stated').describe('The source does not state this value; the page says so.'),
        },
        example,
      ),
      mapping(
        {
          status: z
            .literal('inferred')
            .describe('The value is derived from something the source does state; shown as inferred, never as fact.'),
          value: value.describe('The derived value.'),
          reason: z
            .string()
            .min(10)
            .describe('How the value was derived, in a sentence a reader can check against the source.'),
          qualifier: z
            .enum(INFERENCE_QUALIFIERS)
            .default('exact')
            .describe('For dates: whether the value is exact or only a bound ("on or after").'),
        },
        example,
      ),
    ],
    {
      // A plain value (a date YAML read as a Date object too) where the mapping belongs.
      error: (issue) =>
        issue.input !== undefined &&
        (typeof issue.input !== 'object' || issue.input === null || issue.input instanceof Date)
          ? `${written(issue.input)} is given where the value and its provenance belong${FIX}write it as ${example(issue.input)}`
          : undefined,
    },
  );
}

export type MetadataField<T> =
  | { status: 'stated'; value: T }
  | { status: 'not-stated' }
  | { status: 'inferred'; value: T; reason: string; qualifier: (typeof INFERENCE_QUALIFIERS)[number] };

/** YAML reads an unquoted 2026-01-27 as a Date and 2015 as a number: take them back as text. */
function dateText(value: unknown): unknown {
  if (value instanceof Date) return dayOfDate(value) ?? value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** "2026-1-6", "2026/01/06" → "2026-01-06": the same numbers in the form the schema wants. */
function padded(input: unknown): string | undefined {
  // Only text and numbers can be a date written another way; String() of a mapping may even throw
  // (a YAML key named toString), so nothing else is turned into text here.
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const found = /^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\s*$/u.exec(String(input));
  if (!found) return undefined;
  const [, year, month = '', day] = found;
  return [year, month.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
}

/** The message for a date not written in the schema's form, with the right form of what was written. */
function dateFormMessage(forms: string, input: unknown): string {
  const suggestion = padded(input);
  const shown = typeof input === 'string' ? '' : ` (${written(input)})`;
  return suggestion && suggestion !== String(input as string | number).trim()
    ? `the date is not written ${forms}: month and day take two digits${FIX}write ${suggestion}`
    : `the date${shown} is not written ${forms}${FIX}write it as ${forms}, e.g. 2026-01-06`;
}

/** The message for a date in the right form that no calendar has, e.g. 2026-02-30. */
function calendarMessage(value: string): string {
  const [year = '2026', month = '01'] = value.split('-');
  if (Number(month) < 1 || Number(month) > 12)
    return `there is no month ${month}${FIX}check the date on the source (months are 01 to 12)`;
  const days = Number(spanOf(`${year}-${month}`).last.slice(8));
  return `this day is not in the calendar (${year}-${month} has ${days} days)${FIX}check the day and month on the source`;
}

/** Whether a date in the right form is in the calendar: its first day exists (2026-02-30 and 2026-13 do not). */
const isCalendarDay = (value: string) => isRealDay(spanOf(value).first);

/** A calendar date written YYYY-MM-DD that really exists (2026-02-30 is refused). */
export const calendarDay = z.preprocess(
  dateText,
  z
    .string({ error: (issue) => dateFormMessage('YYYY-MM-DD', issue.input) })
    // abort: a date in the wrong form gets one message, not a second one about the calendar.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true, error: (issue) => dateFormMessage('YYYY-MM-DD', issue.input) })
    .refine(isCalendarDay, { error: (issue) => calendarMessage(typeof issue.input === 'string' ? issue.input : '') }),
);

/** A date at day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDate = z.preprocess(
  dateText,
  z
    .string({ error: (issue) => dateFormMessage('YYYY-MM-DD, YYYY-MM or YYYY', issue.input) })
    .regex(PARTIAL_DATE_PATTERN, {
      abort: true,
      error: (issue) => dateFormMessage('YYYY-MM-DD, YYYY-MM or YYYY', issue.input),
    })
    .refine(isCalendarDay, { error: (issue) => calendarMessage(typeof issue.input === 'string' ? issue.input : '') }),
);

/** A stable identifier: lower-case letters, digits and hyphens (it becomes part of an address). */
export const slugId = z
  .string()
  .regex(ID_PATTERN, `an id is written in lower-case letters, digits and single hyphens${FIX}e.g. tv-remarks`);

/** A reference to a paragraph: `<article-id>#<paragraph-id>`. */
export const paragraphRef = z
  .string()
  .regex(
    PARAGRAPH_REF_PATTERN,
    `a paragraph reference is the article id and the paragraph id${FIX}write <article-id>#<paragraph-id>, e.g. alliance-would-weaken#p-lose-credibility`,
  );

/**
 * Words a content file puts in quotation marks that are not quoted from a source — a term of art, a
 * programme's title — listed so the quotation check (which requires every other quotation to be in
 * its source, word for word) accepts them. Write each as it appears between the marks.
 */
export const notFromSources = z
  .array(z.string().min(1))
  .default([])
  .describe(
    "Words this file puts in quotation marks that are not quoted from a source (a term of art, a programme's title), so the quotation check accepts them. See docs/quotations.md.",
  );
