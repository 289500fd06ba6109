import { z } from 'astro/zod';

/**
 * A piece of source metadata whose provenance matters: either the source states it, or it does not,
 * or the briefing inferred it (and must say why). Nothing is ever silently invented.
 */
export function metadataField<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('status', [
    z.object({
      /** The source text states this value in so many words. */
      status: z.literal('stated'),
      /** The value exactly as the source gives it (dates normalised to YYYY-MM-DD). */
      value,
    }),
    z.object({
      /** The source does not state this value; the page says so. */
      status: z.literal('not-stated'),
    }),
    z.object({
      /** The value is derived from something the source does state; shown as inferred, never as fact. */
      status: z.literal('inferred'),
      /** The derived value. */
      value,
      /** How the value was derived, in a sentence a reader can check against the source. */
      reason: z.string().min(10),
      /** For dates: whether the value is exact or only a bound ("on or after"). */
      qualifier: z.enum(['exact', 'on-or-after', 'on-or-before']).default('exact'),
    }),
  ]);
}

export type MetadataField<T> =
  | { status: 'stated'; value: T }
  | { status: 'not-stated' }
  | { status: 'inferred'; value: T; reason: string; qualifier: 'exact' | 'on-or-after' | 'on-or-before' };

/** YAML reads an unquoted 2026-01-27 as a Date and 2015 as a number: take them back as text. */
function dateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar date written YYYY-MM-DD that really exists (2026-02-30 is refused). */
export const isoDay = z.preprocess(dateText, z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD, e.g. 2026-01-27')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'this date does not exist in the calendar'));

/** A date at day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDate = z.preprocess(dateText, z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [year, month = '01', day = '01'] = value.split('-');
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
  }, 'this date does not exist in the calendar'));

/** A stable identifier: lower-case letters, digits and hyphens (it becomes part of an address). */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. tv-remarks');

/** A reference to a paragraph: `<article-id>#<paragraph-id>`. */
export const paragraphRef = z
  .string()
  .regex(/^[a-z0-9-]+#[^\s#]+$/, 'write paragraph references as <article-id>#<paragraph-id>');

/**
 * Words a content file puts in quotation marks that are not quoted from a source — a term of art, a
 * programme's title — listed so the quotation check (which requires every other quotation to be in
 * its source, word for word) accepts them. Write each as it appears between the marks.
 */
export const notFromSources = z.array(z.string().min(1)).default([]);
