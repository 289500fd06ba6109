import type { GoldSentence } from '../score/gold-sentences';
import { parseStoredArticle, type StoredArticle } from './stored-text';

/** A gold sentence of an article written for the project: it stands for its whole paragraph, whose shape it names. */
export interface ShapedSentence extends GoldSentence {
  /** How the paragraph is built, as its writer labelled it: lede, quotation, she-added, background, caption, … */
  shape: string;
}

/**
 * Reads an article written in the project's own words with its labels inline: the collected form's
 * header (Title, Publisher, Publication date, URL), a blank line, then each paragraph preceded by a
 * label line `[shape: fact-id, fact-id]` (or `[shape]` for a paragraph that mentions no fact):
 *
 * ```
 * [lede: tv-remarks]
 * TOKYO, Jan 27 (Harbour Wire) - Prime Minister …
 * ```
 *
 * The stored text is the paragraphs without their labels, one blank line between them; each paragraph
 * is one labelled "sentence" (its first 60 characters), so it is scored exactly as the development set is.
 */
export function parseLabelledArticle(
  file: string,
  name: string,
): { stored: StoredArticle; sentences: ShapedSentence[] } {
  const [head = '', ...rest] = file.replace(/\r\n/gu, '\n').split(/\n(?=\[[a-z-]+(?::[^\]\n]*)?\]\n)/u);
  const header = parseStoredArticle(`${head}\n----- STORED TEXT (verbatim) -----\n\n[END OF STORED TEXT]`);
  const paragraphs: string[] = [];
  const sentences: ShapedSentence[] = [];
  for (const block of rest) {
    const label = /^\[([a-z-]+)(?::([^\]\n]*))?\]\n/u.exec(block);
    const text = block.slice(label?.[0].length ?? 0).trim();
    if (!label || text === '')
      throw new Error(
        `${name}: every paragraph needs a label line such as [lede: tv-remarks] above it, and text under it`,
      );
    const facts = (label[2] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    paragraphs.push(text);
    const start = text
      .replace(/^[-•*]\s+/u, '')
      .replace(/\s+/gu, ' ')
      .slice(0, 60);
    sentences.push({ start, facts, shape: label[1] ?? 'other' });
  }
  if (paragraphs.length === 0) throw new Error(`${name}: no labelled paragraphs (write [shape: fact-id] above each)`);
  return { stored: { ...header, text: paragraphs.join('\n\n') }, sentences };
}
