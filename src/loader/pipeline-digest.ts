import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders whose code decides how an article renders (plugins, recognition, ids, schemas) and what is drafted from it. */
const PIPELINE_FOLDERS = [
  'src/markdown',
  'src/recognition',
  'src/model',
  'src/briefing',
  'src/schemas',
  'src/loader',
  'src/drafting',
];

/**
 * A digest of the Markdown pipeline's source code, part of every render's cache key: when a plugin or
 * a recognition rule's engine changes, every article is rendered again. Reading ~100 small files
 * takes a few milliseconds.
 */
export function pipelineDigest(root: string, folders: readonly string[] = PIPELINE_FOLDERS): string {
  const hash = createHash('sha256');
  const add = (folder: string): void => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) add(path);
      else if (entry.isFile()) hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const folder of folders) add(join(root, folder));
  return hash.digest('hex');
}

/** The folders whose code decides what a load puts into Astro's data store: the pipeline's, and the loader's own. */
export const LOADER_FOLDERS = [...PIPELINE_FOLDERS, 'src/content-layer', 'src/review'];
