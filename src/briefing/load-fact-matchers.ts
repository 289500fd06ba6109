import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { FactMatcher } from './mentions';

/**
 * Reads the recognition rules of every fact in `content/facts/` for the Markdown pipeline, which is
 * configured before Astro loads collections. Only `match` is read here; the collection schema
 * validates the whole file, and the content check reports files that do not parse.
 */
export function loadFactMatchers(factsDir: string): FactMatcher[] {
  return readdirSync(factsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      let data: unknown;
      try {
        data = parse(readFileSync(join(factsDir, name), 'utf8'));
      } catch {
        return [];
      }
      const match = (data as { match?: unknown } | null)?.match;
      const patterns = Array.isArray(match) ? match.filter((p): p is string => typeof p === 'string') : [];
      return [{ id: basename(name, '.yaml'), patterns }];
    });
}
