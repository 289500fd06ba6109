import { z } from 'astro/zod';
import { closestName } from '../model/closest-name';
import { dayOfDate } from '../model/dates';

/**
 * Messages in the schemas are written `what is wrong → what to write instead`, so that Astro prints a
 * readable line and the content check can split them into its problem and fix.
 */
export const FIX = ' → ';

/** A value as an editor wrote it, for a message. */
export function written(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return value instanceof Date ? `"${dayOfDate(value) ?? String(value)}"` : 'a mapping';
  return String(value);
}

/**
 * A YAML mapping of known fields (`z.strictObject`): a field that is not one of them is refused with a
 * "did you mean" (a typo would otherwise be dropped silently, and so would the half of a `{ a: b, c }`
 * flow mapping that YAML split at the comma); a plain value where the mapping belongs is refused with
 * `example(value)`, the right form.
 */
export function mapping<Shape extends z.ZodRawShape>(shape: Shape, example: (input: unknown) => string) {
  const fields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'invalid_type') {
        return `${written(issue.input)} is given where a mapping of ${fields.join(', ')} belongs${FIX}write it as ${example(issue.input)}`;
      }
      if (issue.code === 'unrecognized_keys') {
        const [key = ''] = issue.keys;
        const meant = closestName(key, fields);
        return `"${key}" is not a field here${FIX}${meant ? `did you mean "${meant}"? ` : ''}the fields are ${fields.join(', ')}`;
      }
      return undefined;
    },
  });
}
