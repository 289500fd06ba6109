import { estimateWidthEm, graphemeWidthEm, splitGraphemes } from './text-width';

export const ELLIPSIS = '…';

/** Collapses runs of whitespace (YAML folded text, stray newlines) to single spaces. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Cuts `text` so that it, plus an ellipsis, is at most `maxWidthEm` wide by
 * the estimate in text-width.ts. Text that already fits is returned as is.
 *
 * It prefers to cut at a word boundary, so a title ends "…alliance…" rather
 * than "…allia…"; text without nearby spaces (Japanese, long URLs) is cut
 * between characters instead.
 */
export function truncateToWidth(text: string, maxWidthEm: number): string {
  if (estimateWidthEm(text) <= maxWidthEm) return text;

  const budget = maxWidthEm - graphemeWidthEm(ELLIPSIS);
  const kept: string[] = [];
  let width = 0;
  for (const grapheme of splitGraphemes(text)) {
    width += graphemeWidthEm(grapheme);
    if (width > budget) break;
    kept.push(grapheme);
  }

  let cut = kept.join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Back up to the last space only if that loses little: a word boundary
  // a long way back would leave a visibly short line.
  if (lastSpace > 0 && lastSpace >= cut.length * 0.7) cut = cut.slice(0, lastSpace);

  // No dangling punctuation or spaces before the ellipsis ("crisis, …").
  cut = cut.replace(/[\s,;:.\-–—([“‘'"]+$/u, '');
  return cut + ELLIPSIS;
}
