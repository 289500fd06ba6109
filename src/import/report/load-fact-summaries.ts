import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** What the import report needs to know of a fact besides its recognition rules. */
export interface FactSummary {
  id: string;
  title: string;
  /** When the fact happened (YYYY, YYYY-MM or YYYY-MM-DD), if it is dated. */
  date?: { start: string; end?: string };
}

/**
 * Reads the title and date of every fact in `facts/` (the recognition rules come from
 * `loadFactMatchers`). A file that does not parse is skipped here: the content check reports it.
 */
export function loadFactSummaries(factsDir: string): FactSummary[] {
  return readdirSync(factsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name): FactSummary[] => {
      let data: unknown;
      try {
        data = parse(readFileSync(join(factsDir, name), 'utf8'));
      } catch {
        return [];
      }
      const record = (typeof data === 'object' && data !== null ? data : {}) as { title?: unknown; date?: unknown };
      const id = basename(name, '.yaml');
      const title = typeof record.title === 'string' ? record.title : id;
      const date = factDate(record.date);
      return [date ? { id, title, date } : { id, title }];
    });
}

/** YAML may read an unquoted 2015 as a number: dates are taken back as text. */
function factDate(raw: unknown): FactSummary['date'] {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { start, end } = raw as { start?: unknown; end?: unknown };
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const from = text(start);
  if (!from) return undefined;
  const to = text(end);
  return to ? { start: from, end: to } : { start: from };
}
