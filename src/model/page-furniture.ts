/**
 * What a news page prints around its story that is no part of it: a dateline ("TOKYO —",
 * "TOKYO, Jan 29 (Harbour Wire) -"), a byline or credit line, a photo caption or credit ("FILE –
 * tourists wait…", "Photo illustration: …", "(Photo: …)"), a section label ("WORLD", "News in
 * pictures"). One home for these patterns: ids are never made from them, and drafting dates no
 * event from them.
 */

/**
 * "TOKYO —", "TOKYO, Jan 29 (Harbour Wire) -", "BEIJING/TOKYO:", "WASHINGTON (AP) —" at the start of a
 * text; a city written in lower case only with its date ("Beijing, Jan. 27 (Harbour Wire)--").
 */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}.'’]+(?:[ /-]\p{Lu}[\p{Lu}.'’]+)*(?:,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?))?|\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}\p{Ll}+)*,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?))(?:\s*\([^)]{1,40}\))?\s*(?:--|[—–:-])\s*/u;

/** Captions and credits: "FILE –", "FILE PHOTO:", "Photo illustration", "(Photo: …)", "Photo by", "Image: …/Getty". */
const CAPTION =
  /^\s*(?:FILE(?:\s+PHOTO)?\s*[—–:-]|(?:photo|picture|image|video)\s+(?:illustration|illutration|by|credit|courtesy)\b|(?:photo|picture|image|video|credit|source)\s*:|\(\s*(?:photo|picture|image)\b)|\((?:photo|picture|image|credit)\s*:[^)]*\)\s*$|\b(?:AFP|Reuters|AP|Getty Images|Kyodo|Xinhua|EPA)\s+(?:photo|via Getty Images)\b|\/\s*(?:AFP|Reuters|AP|Getty(?: Images)?|Kyodo|EPA)\s*\)?\s*$/iu;

/** A credit line: "By Mina Arlott", "Reporting by …; Editing by …", "Writing by …". */
const BYLINE =
  /^\s*(?:[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|]|$)|(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated)\s+by\b)/u;

/** A section or page label: a short line with no verb-like lower-case word, or one of the usual labels. */
const LABEL =
  /^\s*(?:news in pictures|in pictures|related(?: coverage| stories| articles)?|most read|advertisement|read more|also read|world|asia|politics|business|opinion|video|live)\s*:?\s*$/iu;

/** The text without a dateline at its start. */
export function withoutDateline(text: string): string {
  const match = DATELINE.exec(text);
  // A sentence that starts with an acronym ("LDP - the party…") is not a dateline: keep a real word after it.
  return match && /\p{L}/u.test(text.slice(match[0].length, match[0].length + 3)) ? text.slice(match[0].length) : text;
}

/** Whether a passage is a photo caption or credit, a byline or a section label, rather than the story's text. */
export function isPageFurniture(text: string): boolean {
  const line = text.trim();
  if (CAPTION.test(line) || BYLINE.test(line) || LABEL.test(line)) return true;
  // A line in capitals alone ("TOKYO", "WORLD NEWS") is a dateline or a label.
  return /^[\p{Lu}\p{N}\s.,/&'’-]{2,40}$/u.test(line) && !/\p{Ll}/u.test(line);
}
