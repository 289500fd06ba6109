import { extname } from 'node:path';

/** The kinds of input the importer reads. */
export type InputFormat = 'text' | 'html' | 'markdown';

/** Formats by file extension (a Map: the extension comes from the editor's file name). */
const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.mdown', 'markdown'],
]);

/**
 * The format of an input: its extension when it has a known one, otherwise a look at the text (a saved
 * page starts with a doctype or `<html>`; Markdown with frontmatter or ATX headings). Plain text is the
 * safe default: it is never interpreted as markup.
 */
export function detectFormat(fileName: string, text: string): InputFormat {
  const byExtension = BY_EXTENSION.get(extname(fileName).toLowerCase());
  if (byExtension) return byExtension;
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<\?xml[^>]*>\s*<html/u.test(start))
    return 'html';
  if (/^---\n[\s\S]*?\n---\n/u.test(text) || /^#{1,6} \S/mu.test(text)) return 'markdown';
  return 'text';
}
