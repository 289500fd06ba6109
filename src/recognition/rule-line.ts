/** The name that stands for "a date within the fact's window" in a `match` line. */
export const DATE_PART = 'date';

/**
 * Splits a `match` line into the names of its parts: `alliance + breaks` → ["alliance", "breaks"].
 * An empty part (`alliance +`, `+ + x`) is returned as "", for the caller to report.
 */
export function partsOfLine(line: string): string[] {
  return line.split('+').map((part) => part.trim());
}
