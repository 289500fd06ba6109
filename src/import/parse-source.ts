import type { InputFormat } from './detect-format';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';
import type { ParsedSource } from './source-metadata';

/** Parses an input of a known format into an mdast body and the metadata it states. */
export function parseSource(format: InputFormat, text: string): ParsedSource {
  if (format === 'html') return parseHtml(text);
  if (format === 'markdown') return parseMarkdown(text);
  return parsePlainText(text);
}
