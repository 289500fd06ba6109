/**
 * Where the original text of a source is published: always as plain text (`.txt`), so that an
 * original saved as HTML is shown as its source code and never rendered as a page.
 */
export function originalTextPath(originalFile: string): string {
  return `/originals/${originalTextName(originalFile)}.txt`;
}

/** The route parameter for an original: its file name without a final `.txt`. */
export function originalTextName(originalFile: string): string {
  return originalFile.replace(/\.txt$/, '');
}
