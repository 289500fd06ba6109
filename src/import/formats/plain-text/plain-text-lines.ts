/**
 * How the lines of a plain-text article are recognised. Each rule is a small predicate so that the
 * parser reads as a list of decisions, and each decision can be tested on its own.
 */

/** "• item", "  • item", "- item", "* item" (bullets are often indented in copied text). */
const BULLET = /^\s*(?:[•·▪◦‣●]\s*|[-*+]\s+)(\S.*)$/u;
/** "1. item" or "1) item". */
const ORDERED = /^\s*(\d{1,3})[.)]\s+(\S.*)$/u;
/** "By Name" or "By Name | Jan 27, 2026" (also with • or · as the separator). */
const BYLINE = /^By\s+([^|•·]{2,100}?)\s*(?:[|•·]\s*(.+?))?\s*$/u;
/** "— Insider Paper (@TheInsiderPaper) January 27, 2026": the attribution of an embedded post. */
const ATTRIBUTION = /^[—–―-]{1,2}\s*(.+?)\s*\((@\w{1,30})\)\s*(.+?)\s*$/u;
/** The line that opens a closing list of sources. */
const SOURCES = /^(?:Sources?|References?)\s*:\s*$/iu;
/** A cross-link the publisher inserted into the text. */
const ALSO_READ = /^(?:Also Read|Read Also|Read More|See Also)\s*:/iu;
/** A shortened link of an embedded post. */
const POST_LINK = /\bhttps?:\/\/t\.co\/\w+/u;
/** Punctuation that ends a sentence or announces more: a line ending with it is no heading. */
const SENTENCE_END = /[.!?:;,…"'“”‘’)\]—–-]$/u;

export function bulletText(line: string): string | undefined {
  return BULLET.exec(line)?.[1]?.trim();
}

export function orderedItem(line: string): { number: number; text: string } | undefined {
  const found = ORDERED.exec(line);
  return found?.[1] && found[2] ? { number: Number(found[1]), text: found[2].trim() } : undefined;
}

export function byline(line: string): { name: string; date?: string } | undefined {
  const found = BYLINE.exec(line.trim());
  if (!found?.[1] || line.trim().length > 140) return undefined;
  const name = found[1].trim();
  // "By the end of the year, …" is a sentence, not a byline: a name does not end like a sentence.
  if (/[.,;:]$/u.test(name) || name.split(/\s+/u).length > 8) return undefined;
  return { name, date: found[2]?.trim() };
}

export function isAttribution(line: string): boolean {
  return ATTRIBUTION.test(line.trim());
}

export function isPostText(line: string): boolean {
  return POST_LINK.test(line);
}

export function isSourcesHeader(line: string): boolean {
  return SOURCES.test(line.trim());
}

export function isAlsoRead(line: string): boolean {
  return ALSO_READ.test(line.trim());
}

export function isListLine(line: string): boolean {
  return bulletText(line) !== undefined || orderedItem(line) !== undefined;
}

/** A headline: one short line that does not end like a sentence. */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u);
  return (
    text.length > 0 &&
    text.length <= 200 &&
    words.length <= 25 &&
    !/[.:;,。．、]$/u.test(text) &&
    !isListLine(text) &&
    byline(text) === undefined &&
    !/https?:\/\//u.test(text)
  );
}

/**
 * A section heading: a short line in title case without final punctuation ("Story Snapshot",
 * "Beijing’s Economic Retaliation"). Title case is required so that a short sentence that merely lacks
 * its full stop stays a paragraph.
 */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u);
  if (text.length === 0 || text.length > 80 || words.length > 10) return false;
  if (SENTENCE_END.test(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (isListLine(text) || isAlsoRead(text) || isAttribution(text) || byline(text) || /https?:\/\//u.test(text))
    return false;
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word));
  return long.length === 0 || capitalised.length * 2 >= long.length + 1 || capitalised.length === long.length;
}
