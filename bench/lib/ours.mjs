/**
 * "Ours": this project's own site, fed with a generated corpus instead of its real content.
 *
 * This is the one place that knows how the project is laid out, so when the site's structure changes
 * (another top-level folder the config imports, a content folder moving, an env var that points the
 * site at a content directory) only prepareOurs() needs to follow.
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_FOLDERS } from './corpus.mjs';
import { PROJECT_DIR, copyCorpus, freshDir, linkNodeModules } from './workspace.mjs';

/** Top-level entries of the project that the site's build needs. Missing ones are skipped. */
export const OURS_ENTRIES = [
  'astro.config.mjs',
  'astro.config.ts',
  'astro.config.mts',
  'src',
  'public',
  'tsconfig.json',
  'package.json',
  // More folders can be named without editing this file, e.g. BENCH_OURS_EXTRA=scripts,data
  ...(process.env.BENCH_OURS_EXTRA ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
];

/**
 * Other folders of the project's content/ (ones the generator does not know yet) are created empty:
 * their files name the real articles, which the generated corpus replaces. Folders that do not depend
 * on the articles can be copied as they are with BENCH_OURS_COPY_CONTENT=folder1,folder2.
 */
const COPY_CONTENT = new Set(
  (process.env.BENCH_OURS_COPY_CONTENT ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
);

/**
 * Copies the project into `workDir` and gives it the generated corpus from `corpusDir` as its content.
 * The project's own content/ is only read, never changed.
 */
export async function prepareOurs(corpusDir, workDir) {
  await freshDir(workDir);
  await linkNodeModules(workDir);
  for (const entry of OURS_ENTRIES) {
    const source = path.join(PROJECT_DIR, entry);
    if (existsSync(source)) await cp(source, path.join(workDir, entry), { recursive: true });
  }
  await copyCorpus(corpusDir, workDir);
  const projectContent = path.join(PROJECT_DIR, 'content');
  if (existsSync(projectContent)) {
    for (const entry of await readdir(projectContent, { withFileTypes: true })) {
      // Files at the top of content/ (the briefing's settings, content/briefing.yaml) name no article: copied as they are.
      if (entry.isFile()) await cp(path.join(projectContent, entry.name), path.join(workDir, 'content', entry.name));
      if (!entry.isDirectory() || CONTENT_FOLDERS.includes(entry.name)) continue;
      const target = path.join(workDir, 'content', entry.name);
      if (COPY_CONTENT.has(entry.name)) await cp(path.join(projectContent, entry.name), target, { recursive: true });
      else await mkdir(target, { recursive: true });
    }
  }
  // Caches copied along with src/ would make the first build warm.
  await rm(path.join(workDir, '.astro'), { recursive: true, force: true });
  return workDir;
}

/** Environment for building ours: its caches stay in the work dir whatever the config's default. */
export function oursEnv(workDir) {
  return { BRIEFING_CACHE_DIR: path.join(workDir, 'node_modules', '.astro') };
}
