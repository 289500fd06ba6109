/**
 * Work directories under bench/work/ (gitignored). Each site gets its own directory with its own
 * node_modules folder whose entries are symlinks to this project's packages: the packages are reused, but
 * Astro's cache (node_modules/.astro) and Vite's (node_modules/.vite) stay inside the site, so clearing
 * them for a cold build never touches the project's or another site's cache.
 */
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_DIR = path.join(PROJECT_DIR, 'bench');
export const WORK_DIR = path.join(BENCH_DIR, 'work');

/** Creates an empty directory (removing an old one), only ever below bench/work/. */
export async function freshDir(dir) {
  if (!path.resolve(dir).startsWith(WORK_DIR + path.sep))
    throw new Error(`refusing to clear ${dir}: not under ${WORK_DIR}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Links every package of the project's node_modules into `siteDir/node_modules`, but none of its caches. */
export async function linkNodeModules(siteDir) {
  const source = path.join(PROJECT_DIR, 'node_modules');
  const target = path.join(siteDir, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source)) {
    // Dot entries are caches (.astro, .vite) and npm's bookkeeping, except .bin which scripts need.
    if (entry.startsWith('.') && entry !== '.bin') continue;
    await symlink(path.join(source, entry), path.join(target, entry));
  }
}

/** Copies a generated corpus (articles, originals, facts, …) into a site's content/ folder. */
export async function copyCorpus(corpusDir, siteDir) {
  await cp(corpusDir, path.join(siteDir, 'content'), { recursive: true });
}

/** Removes what makes a build warm: Astro's content store and Vite's caches, and the previous output. */
export async function clearCaches(siteDir) {
  for (const sub of ['node_modules/.astro', 'node_modules/.vite', '.astro', 'dist']) {
    await rm(path.join(siteDir, sub), { recursive: true, force: true });
  }
}
