import { slug } from 'github-slugger';

/**
 * The one slug function of the site: headings, paragraphs, tables of contents and search all use it.
 * Based on GitHub's slugger, so it keeps letters of every script ("台湾有事" stays "台湾有事").
 */
export function slugify(text: string): string {
  return slug(text.normalize('NFC'));
}

/** Number of words taken from a paragraph's opening to name it when it has no explicit id. */
const WORDS_IN_DERIVED_ID = 6;
/**
 * Characters of Chinese, Japanese or Korean text taken at most: those scripts write no spaces, so
 * without a limit the whole paragraph would become its id (and each character is nine in a URL).
 */
const CJK_CHARACTERS_IN_DERIVED_ID = 12;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * An id for a paragraph that was written without an explicit `{#id}`: `p-`, its first words and a
 * short hash of its whole text. Derived only from the paragraph's own text — never from its position
 * or from its neighbours — so other paragraphs coming, going or changing never change it. Text in
 * CJK scripts is cut at word boundaries (`Intl.Segmenter`) to at most twelve characters.
 */
export function derivedParagraphId(text: string): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Underscores would need escaping in Markdown (`\_`), which an editor copying an id might copy too.
  const words = slugify(flat).replace(/_/g, '-').split('-').filter(Boolean);
  const taken: string[] = [];
  for (const word of words) {
    if (taken.length >= WORDS_IN_DERIVED_ID) break;
    if (!CJK.test(word)) {
      taken.push(word);
      continue;
    }
    taken.push(openingWords(word, CJK_CHARACTERS_IN_DERIVED_ID));
    break;
  }
  return `p-${taken.join('-') || 'text'}-${shortHash(flat)}`;
}

/** The words a CJK run opens with, up to a number of characters (the first word cut if it is longer). */
function openingWords(run: string, limit: number): string {
  let opening = '';
  for (const { segment } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(run)) {
    if ([...opening].length + [...segment].length > limit) break;
    opening += segment;
  }
  return opening || [...run].slice(0, limit).join('');
}

/** A short, stable hash of a text (FNV-1a, base 36) used to tell apart paragraphs that open alike. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 7);
}

/** What an explicit id may hold: anything but whitespace, braces and `#`. */
const EXPLICIT_ID_CHARACTERS = /^[^\s{}#]+$/u;

/**
 * Splits an explicit trailing `{#id}` (the syntax `… text {#p-some-id}`) off a text, with the
 * whitespace around it. Read from the end, in time linear in the text: a regular expression
 * searching for `\s*\{#…\}\s*$` anywhere would retry every long run of spaces from each of its
 * characters, and a paragraph of spaces would stall the build.
 */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const end = text.trimEnd();
  if (!end.endsWith('}')) return { text };
  const open = end.lastIndexOf('{#');
  const id = open < 0 ? '' : end.slice(open + 2, -1);
  if (!EXPLICIT_ID_CHARACTERS.test(id)) return { text };
  return { text: end.slice(0, open).trimEnd(), id };
}
