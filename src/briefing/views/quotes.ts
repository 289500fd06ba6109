/** A quotation found in the briefing's own text. */
export interface Quotation {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offset of the opening mark in the text it was found in. */
  index: number;
}

/** A passage a quotation may come from. */
export interface QuotablePassage {
  /** `article#paragraph`. */
  ref: string;
  text: string;
}

/** The outcome of checking one quotation against its sources. */
export type QuoteCheck =
  { found: true; ref: string } | { found: false; closest?: { ref: string; text: string; score: number } };

/**
 * The quotation marks the briefing recognises, as opening → closing pairs. Single marks count only as
 * quotation marks at word edges — an opening mark after a space or bracket, a closing one before a
 * space or punctuation — so apostrophes (Japan’s, don't, ’90s) are never taken for quotations.
 */
const QUOTATION = new RegExp(
  [
    '“([^“”]+)”',
    '„([^„“”]+)[“”]',
    '"([^"]+)"',
    '「([^「」]+)」',
    '『([^『』]+)』',
    '(?<![\\p{L}\\p{N}])‘([^‘’\\n]+?)’(?![\\p{L}\\p{N}])',
    "(?<![\\p{L}\\p{N}'])'([^'\\n]+?)'(?![\\p{L}\\p{N}])",
  ].join('|'),
  'gu',
);

/**
 * Finds quotations: double marks, typographic (“…”, „…“) or plain ("…"), Japanese corner brackets
 * (「…」『…』), and single marks (‘…’, '…') at word edges. A quotation nested in another is found too.
 */
export function extractQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const scan = (value: string, offset: number) => {
    for (const match of value.matchAll(QUOTATION)) {
      const inner = match.slice(1).find((group) => group !== undefined) ?? '';
      const quoted = inner.trim();
      if (quoted.length === 0) continue;
      found.push({ text: quoted, index: offset + match.index });
      // A quotation inside this one (“… ‘x’ …”) starts after the opening mark.
      scan(inner, offset + match.index + 1);
    }
  };
  scan(text, 0);
  return found.sort((a, b) => a.index - b.index);
}

/** Typographic quotes, dashes-as-written and whitespace are normalised; case and words are not. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟「」『』]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Checks that a quotation appears word for word in one of the passages. Punctuation that English puts
 * inside the closing mark (“…law,”) may belong to the sentence around it, so it is ignored at the end.
 * An ellipsis (…, ..., […]) marks words left out: the words kept must each be in one passage, in order.
 * When the quotation is not found, the closest passage window is returned to help the editor.
 */
export function checkQuotation(quote: string, passages: readonly QuotablePassage[]): QuoteCheck {
  const wanted = normaliseForQuote(quote).replace(/[,.;:!?]+$/u, '');
  for (const passage of passages) {
    if (normaliseForQuote(passage.text).includes(wanted)) return { found: true, ref: passage.ref };
  }
  const parts = elidedParts(wanted);
  if (parts.length > 0) {
    for (const passage of passages)
      if (inOrder(normaliseForQuote(passage.text), parts)) return { found: true, ref: passage.ref };
  }
  return { found: false, closest: closestWindow(wanted, passages) };
}

/** An ellipsis marks a cut: “…”, “...” or “[…]”. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u;

/**
 * The runs of words a quotation with an ellipsis keeps (“the LDP alone won … seats”), each cut of its
 * edge punctuation; none when the quotation has no ellipsis or keeps no words.
 */
export function elidedParts(quote: string): string[] {
  if (!ELLIPSIS.test(quote)) return [];
  return quote
    .split(new RegExp(ELLIPSIS.source, 'gu'))
    .map((part) => part.replace(/^[\s,;:]+|[\s,.;:!?]+$/gu, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** Whether every part appears in the text, each after the one before. */
function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** The run of words, as long as the quotation, that shares the most words with it. */
function closestWindow(
  quote: string,
  passages: readonly QuotablePassage[],
): { ref: string; text: string; score: number } | undefined {
  const target = words(quote);
  if (target.length === 0) return undefined;
  let best: { ref: string; text: string; score: number } | undefined;
  for (const passage of passages) {
    const tokens = normaliseForQuote(passage.text).split(' ');
    const size = Math.min(tokens.length, target.length + 2);
    for (let start = 0; start + size <= tokens.length; start++) {
      const window = tokens.slice(start, start + size);
      const pool = words(window.join(' '));
      const remaining = [...pool];
      let shared = 0;
      for (const word of target) {
        const at = remaining.indexOf(word);
        if (at !== -1) {
          shared++;
          remaining.splice(at, 1);
        }
      }
      const score = (2 * shared) / (target.length + pool.length);
      if (!best || score > best.score) best = { ref: passage.ref, text: window.join(' '), score };
    }
  }
  return best;
}
