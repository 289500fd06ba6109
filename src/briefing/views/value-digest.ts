import { createHash } from 'node:crypto';

/**
 * A SHA-256 digest of a value as data: the same for equal values however they were put together.
 * Object keys are taken in sorted order; arrays, Maps and Sets keep their order (the order a page shows
 * is part of what it shows); `undefined` object fields count as absent. Functions and cycles are refused,
 * since they cannot be compared as data.
 */
export function valueDigest(value: unknown): string {
  return createHash('sha256').update(canonical(value, [])).digest('hex');
}

function canonical(value: unknown, ancestors: unknown[]): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object') throw new TypeError(`valueDigest: a ${typeof value} is not data`);
  if (ancestors.includes(value)) throw new TypeError('valueDigest: the value contains itself');
  const inner = [...ancestors, value];
  const list = (items: Iterable<unknown>) => [...items].map((item) => canonical(item, inner)).join(',');
  if (Array.isArray(value)) return `[${list(value)}]`;
  if (value instanceof Map) return `Map[${list(value.entries())}]`;
  if (value instanceof Set) return `Set[${list(value)}]`;
  if (value instanceof Date) return `Date(${value.toISOString()})`;
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, field]) => `${JSON.stringify(key)}:${canonical(field, inner)}`);
  return `{${fields.join(',')}}`;
}
