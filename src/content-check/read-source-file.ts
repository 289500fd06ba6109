import { readFileSync } from 'node:fs';
import type { ContentProblem } from '../briefing/problems';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as text, refusing what would silently corrupt a page: bytes that are not
 * UTF-8, NUL bytes (a binary file). A byte-order mark and Windows line ends are harmless and removed.
 */
export function readSourceFile(path: string, relative: string): { text?: string; problems: ContentProblem[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problems: [{ file: relative, where: 'file', problem: `cannot be read (${(error as Error).message})`, fix: 'check that the file exists and is readable' }] };
  }
  if (bytes.includes(0)) {
    return { problems: [{ file: relative, where: 'file', problem: 'contains NUL bytes: this is a binary file, not text', fix: 'save the article as plain UTF-8 text or Markdown' }] };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { problems: [{ file: relative, where: `byte ${at}`, problem: 'is not valid UTF-8 text', fix: 're-save the file as UTF-8 (for example from a text editor’s “Save with encoding” menu)' }] };
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), problems: [] };
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let end = 1; end <= bytes.length; end++) {
    try {
      UTF8.decode(bytes.subarray(0, end));
    } catch {
      // A truncated multi-byte sequence at the end is fine; a bad byte stays bad with more bytes.
      try {
        UTF8.decode(bytes.subarray(0, Math.min(bytes.length, end + 4)));
      } catch {
        return end - 1;
      }
    }
  }
  return 0;
}
