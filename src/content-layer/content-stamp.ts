import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listAllFiles } from '../loader/content-folder';

/*
 * What the pages need of the loader's bookkeeping, apart from the loader: pages import this, not
 * briefing-loader.ts, so the prerendered bundle does not import the loader's whole graph (the English
 * model, chrono-node, the YAML reader, the Markdown pipeline) on every build, when it renders nothing.
 */

/** The id of the one entry of the `loadReport` collection. */
export const LOAD_REPORT_ID = 'current';

export const CONTENT_FOLDERS = [
  'articles',
  'facts',
  'drafts',
  'cited-sources',
  'analysis',
  'framing',
  'corrections',
  'originals',
];

/**
 * A cheap stamp of the content files (names, sizes, modification times, inodes): equal stamps mean
 * the content is as loaded. The load report records it, so `astro dev` can tell stale data apart.
 */
export function contentStamp(root: string): string {
  const parts: string[] = [];
  for (const name of listAllFiles(root, 'content')) {
    const stat = statSync(join(root, 'content', name), { throwIfNoEntry: false });
    if (stat?.isFile()) parts.push(`${name}:${stat.size}:${stat.mtimeMs}:${stat.ino}`);
  }
  for (const folder of CONTENT_FOLDERS) {
    for (const name of listAllFiles(root, `content/${folder}`)) {
      try {
        const stat = statSync(join(root, 'content', folder, name), { throwIfNoEntry: false });
        parts.push(`${folder}/${name}:${stat?.size}:${stat?.mtimeMs}:${stat?.ino}`);
      } catch {
        parts.push(`${folder}/${name}:unreadable`);
      }
    }
  }
  return parts.join('\n');
}
