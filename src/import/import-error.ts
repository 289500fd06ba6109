/**
 * A problem with the input or the flags that the editor can fix. The CLI prints it as
 * `add-source: <file>: <problem> → <fix>` and exits 1 without writing anything.
 */
export class ImportError extends Error {
  constructor(
    /** What is wrong, e.g. "the file contains NUL bytes". */
    readonly problem: string,
    /** What to do about it, e.g. "save the article as UTF-8 text". */
    readonly fix: string,
  ) {
    super(`${problem} → ${fix}`);
    this.name = 'ImportError';
  }
}

/** The one-line message the CLI prints for an import error. */
export function formatImportError(file: string, error: ImportError): string {
  return `add-source: ${file}: ${error.problem} → ${error.fix}`;
}
