/**
 * Orders strings by code point. Unlike `localeCompare`, it gives the same order on every machine and
 * locale, which byte-reproducible exports need.
 */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Items sorted by their `id`, by code point. */
export function sortedById<T extends { id: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => byCodePoint(a.id, b.id));
}
