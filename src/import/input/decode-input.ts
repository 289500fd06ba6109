import { utf16Form } from '../../loader/utf16-form';
import { ImportError } from '../import-error';

/**
 * The text of an input file, ready to parse: refused when it is binary, UTF-16 or not UTF-8 (guessing
 * another encoding would silently change the words), with a leading byte-order mark removed and CRLF / CR
 * line ends made LF. The original is kept byte for byte elsewhere; only the parsed text is normalised.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0)
    throw new ImportError('the file is empty', 'save the article text into it, or pick the right file');
  const utf16 = utf16Form(bytes);
  if (utf16) {
    // Decoding it would work, but the original is published byte for byte as UTF-8 text: it must be UTF-8.
    throw new ImportError(
      `the file is ${utf16} text (as Windows programs often save "Unicode" text), not UTF-8`,
      'convert it to UTF-8 first (e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`, or choose "UTF-8" when saving) and import the converted file',
    );
  }
  if (bytes.includes(0)) {
    throw new ImportError(
      'the file is binary (it contains NUL bytes), not a text article',
      'save the article as plain text, HTML or Markdown in UTF-8 (not PDF, Word or an image) and import that file',
    );
  }
  let text: string;
  try {
    // ignoreBOM: true keeps the mark in the result, so that removing it below is explicit and tested.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportError(
      'the file is not valid UTF-8 text',
      'convert it to UTF-8 first (e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`) and import the converted file',
    );
  }
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
