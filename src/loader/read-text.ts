import type { ContentProblem } from '../model/problems';
import { readContentFile } from './content-file';
import { utf16Form } from './utf16-form';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads a content file as text (through the sandboxed reader: real files inside `content/` only,
 * no larger than `maxBytes`), refusing what would silently corrupt a page: bytes that are not
 * UTF-8, NUL bytes (a binary file). A byte-order mark and Windows line ends are harmless and removed.
 */
export function readContentText(
  root: string,
  relative: string,
  maxBytes: number,
): { text?: string; problems: ContentProblem[] } {
  const read = readContentFile(root, relative, maxBytes);
  if (read.bytes === undefined) return { problems: read.problems };
  const bytes = read.bytes;
  if (utf16Form(bytes)) {
    return {
      problems: [
        {
          file: relative,
          where: 'file',
          problem: 'is UTF-16 text; content files are UTF-8',
          fix: 're-save the file as UTF-8 (for example from a text editor’s “Save with encoding” menu)',
        },
      ],
    };
  }
  if (bytes.includes(0)) {
    return {
      problems: [
        {
          file: relative,
          where: 'file',
          problem: 'contains NUL bytes: this is a binary file, not text',
          fix: 'save the article as plain UTF-8 text or Markdown',
        },
      ],
    };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problems: [
        {
          file: relative,
          where: `byte ${at}`,
          problem: 'is not valid UTF-8 text',
          fix: 're-save the file as UTF-8 (for example from a text editor’s “Save with encoding” menu)',
        },
      ],
    };
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), problems: [] };
}

/**
 * The offset of the first byte that is not UTF-8, in one pass: decode leniently, walk the text while
 * counting each character's UTF-8 length, and stop at the first replacement character that the bytes
 * do not actually spell (EF BF BD).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0;
  for (const char of LENIENT_UTF8.decode(bytes)) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd))
      return offset;
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return offset;
}
