/** The form the article schema accepts for `language` (BCP 47, lower-case primary subtag). */
const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u;

/**
 * A BCP 47 tag from the ways pages write languages ("en", "en-US", Open Graph's "en_US"), or
 * undefined when the value is no language tag at all (then the field stays not-stated).
 */
export function languageTag(value: string): string | undefined {
  const parts = value.trim().replace(/_/gu, '-').split('-');
  const [primary, ...rest] = parts;
  if (!primary) return undefined;
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return BCP47.test(tag) ? tag : undefined;
}
