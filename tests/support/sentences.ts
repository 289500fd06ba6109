import { normaliseText } from './html';

/**
 * Splits a plain-text original into its sentences: line by line (dropping bullet marks, which are
 * structure, not text), then at sentence ends. Every one must appear verbatim on the article page.
 */
export function sentencesOf(original: string): string[] {
  return original
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*]\s+)/, '').trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z])/))
    .map(normaliseText)
    .filter((sentence) => sentence.length > 0);
}
