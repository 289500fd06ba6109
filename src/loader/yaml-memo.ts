import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeWhole } from './write-whole';

/** Values of YAML texts that parsed, by the text (see `parseYaml`). */
export interface YamlMemo {
  /** The value `text` parsed to before (a fresh copy), or undefined. */
  get(text: string): unknown;
  /** Remembers what `text` parsed to, when the value survives JSON exactly. */
  set(text: string, value: unknown): void;
}

/** The memo as kept between builds: the code it was made by, and each value as JSON by its text's digest. */
interface Kept {
  code: string;
  values: Record<string, string>;
}

/** The YAML library's version: another version may read a text otherwise. */
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

const digestOf = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * Whether JSON gives `value` back exactly: plain objects (no `__proto__` key), arrays, strings,
 * booleans, null and finite numbers other than -0. YAML's `.inf`, `.nan` and `-0` are not, and are
 * never remembered.
 */
export function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, item]) => key !== '__proto__' && survivesJson(item));
}

/**
 * A YAML memo kept in `file` between builds (in Astro's cache folder), for the YAML of one load: parsing
 * every fact file and every article's frontmatter again is most of what a build that changed nothing
 * spends reading content. It holds only values from `code` (the pipeline's digest, which covers the
 * YAML reader) and this version of the YAML library, and `save` keeps only the texts this load read, so it never grows past the content.
 */
export function keptYamlMemo(file: string, code: string): YamlMemo & { save(): void } {
  let kept: Kept | undefined;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
  } catch {
    kept = undefined;
  }
  const made = `${code}\n${YAML_VERSION}`;
  const before = kept?.code === made ? new Map(Object.entries(kept.values)) : new Map<string, string>();
  const now = new Map<string, string>();
  return {
    get(text) {
      const digest = digestOf(text);
      const json = now.get(digest) ?? before.get(digest);
      if (json === undefined) return undefined;
      now.set(digest, json);
      return JSON.parse(json) as unknown;
    },
    set(text, value) {
      if (survivesJson(value)) now.set(digestOf(text), JSON.stringify(value));
    },
    save() {
      const same = now.size === before.size && [...now].every(([digest, json]) => before.get(digest) === json);
      if (same) return;
      try {
        writeWhole(file, JSON.stringify({ code: made, values: Object.fromEntries(now) } satisfies Kept));
      } catch {
        // A memo that cannot be written only costs time on the next build.
      }
    },
  };
}
