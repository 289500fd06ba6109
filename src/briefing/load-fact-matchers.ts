import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { compileRecognisers, type Recognisers } from '../recognition/compile-recognisers';
import { factSchema } from '../schemas/fact';

/**
 * Reads and compiles the recognition rules of every fact in `content/facts/` for the Markdown
 * pipeline, which is configured before Astro loads collections. A file that does not parse or
 * validate, and any rule that does not compile, is left out here: the content check reports them.
 */
export function loadRecognisers(factsDir: string): Recognisers {
  const facts = readdirSync(factsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      try {
        const parsed = factSchema.safeParse(parse(readFileSync(join(factsDir, name), 'utf8'), { maxAliasCount: 100 }));
        return parsed.success ? [{ id: basename(name, '.yaml'), data: parsed.data }] : [];
      } catch {
        return [];
      }
    });
  return compileRecognisers(facts).recognisers;
}
