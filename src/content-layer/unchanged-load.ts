import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../model/problems';
import { listAllFiles } from '../loader/content-folder';
import { writeWhole } from '../loader/write-whole';
import { CONTENT_FOLDERS } from './content-stamp';

/**
 * A build of content the last build loaded without a problem needs no new load: Astro's data store
 * still holds every entry that load put there. This is what tells such a build apart, and what it
 * reports instead of loading.
 */

/** What the last load that found no problem reported, kept in the cache folder (`briefing-load.json`). */
export interface KeptLoad {
  /** The digest of that load's input (see `loadInput`). */
  input: string;
  /** The counts the build logs ("1001 articles, 50 facts, 5 cited sources"). */
  summary: string;
  warnings: ContentProblem[];
  /** How many links wait for review; kept by `npm run build`, which prints it, not by a plain `astro build`. */
  doubtfulLinks?: number;
}

/** A file bigger than this is never read here: the load reads (and refuses) it instead. */
const MAX_INPUT_FILE = 16 * 1024 * 1024;

/**
 * A digest of everything a load reads and of what decides how it reads it: every file of `content/`
 * the loader looks at (names and bytes), the site's base path, the pipeline's code (`code`, see
 * pipeline-digest.ts) and the lock file (the versions of the packages that recognise, draft and
 * render). Undefined when anything is not a plain file (a link, a folder where a file belongs, a
 * file too big): the full load then reads it and says what is wrong.
 */
export function loadInput(root: string, { base, code }: { base: string; code: string }): string | undefined {
  const hash = createHash('sha256').update(base).update('\0').update(code).update('\0');
  const add = (path: string, name: string): boolean => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_INPUT_FILE) return false;
    hash.update(name).update('\0').update(readFileSync(path)).update('\0');
    return true;
  };
  if (!add(join(root, 'package-lock.json'), 'package-lock.json')) hash.update('no lock file\0');
  const kind = (path: string) => lstatSync(path, { throwIfNoEntry: false });
  if (!kind(join(root, 'content'))?.isDirectory()) return undefined;
  // The same listing as the loader's and the content stamp's (hidden files left out, sorted).
  for (const name of listAllFiles(root, 'content')) {
    const path = join(root, 'content', name);
    if (CONTENT_FOLDERS.includes(name)) {
      if (!kind(path)?.isDirectory()) return undefined;
      for (const file of listAllFiles(root, `content/${name}`))
        if (!add(join(path, file), `${name}/${file}`)) return undefined;
    } else if (kind(path)?.isFile()) {
      if (!add(path, name)) return undefined;
    } else if (!kind(path)?.isDirectory()) return undefined;
  }
  return hash.digest('hex');
}

/** The kept report of the last load without problems, or undefined when there is none or it is unreadable. */
export function readKeptLoad(file: string): KeptLoad | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptLoad>;
    return typeof kept.input === 'string' &&
      typeof kept.summary === 'string' &&
      Array.isArray(kept.warnings) &&
      (kept.doubtfulLinks === undefined || typeof kept.doubtfulLinks === 'number')
      ? (kept as KeptLoad)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the report of a load without problems for the next build; a report that cannot be written only costs that build a load. */
export function keepLoad(file: string, kept: KeptLoad): void {
  try {
    writeWhole(file, JSON.stringify(kept));
  } catch {
    // Nothing to do: the next build loads the content again.
  }
}
