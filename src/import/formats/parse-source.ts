import type { InputFormat } from '../input/detect-format';
import { parseHtml } from './html/parse-html';
import { parseMarkdown } from './markdown/parse-markdown';
import { parsePlainText } from './plain-text/parse-plain-text';
import type { ParsedSource } from './source-metadata';

/** Parses an input of a known format into an mdast body and the metadata it states. */
export function parseSource(format: InputFormat, text: string): ParsedSource {
  if (format === 'html') return parseHtml(text);
  if (format === 'markdown') return parseMarkdown(text);
  return parsePlainText(text);
}
