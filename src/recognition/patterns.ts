import { RE2JS } from 're2js';

/** A regular expression of the escape hatch, compiled for linear-time matching. */
export interface CompiledPattern {
  written: string;
  regex: RE2JS;
}

/**
 * Compiles an escape-hatch pattern with RE2 (via re2js), whose matching time grows linearly with the
 * text whatever the pattern — so no rule can hang a build or an import. RE2 refuses what it cannot
 * run that way (look-ahead, look-behind, back-references); the error says so.
 */
export function compilePattern(written: string): { pattern?: CompiledPattern; error?: string } {
  try {
    return { pattern: { written, regex: RE2JS.compile(written, RE2JS.CASE_INSENSITIVE) } };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Every non-empty match of a pattern in a text, as offsets. */
export function patternMatches(pattern: CompiledPattern, text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const matcher = pattern.regex.matcher(text);
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end > start) found.push({ start, end });
  }
  return found;
}
