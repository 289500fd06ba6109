/**
 * `npm run build`: check all content, build into a scratch folder, and only then replace `dist/`.
 * A failed check or build leaves the last good `dist/` exactly as it was.
 *
 * Extra arguments go to `astro build`, e.g. `npm run build -- --base /briefing/ --site https://example.org`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblems } from '../src/briefing/problems';
import { checkContent } from '../src/content-check/check-content';
import { indexForSearch } from './lib/search-index';

const root = resolve(process.argv.find((arg) => arg.startsWith('--root='))?.slice(7) ?? process.cwd());
const astroArgs = process.argv.slice(2).filter((arg) => !arg.startsWith('--root='));
const dist = join(root, 'dist');
const scratch = join(root, '.build');

async function main(): Promise<number> {
  const started = Date.now();
  const report = await checkContent(root);
  if (report.problems.length > 0) {
    process.stderr.write(formatProblems(report.problems));
    process.stderr.write('\nNothing was published: dist/ is unchanged.\n');
    return 1;
  }
  const { articles, facts, citedSources } = report.counts;
  console.log(`✓ content check: ${articles} articles, ${facts} facts, ${citedSources} cited sources (${Date.now() - started} ms)`);

  const cacheDir = process.env.BRIEFING_CACHE_DIR ?? join(root, 'node_modules', '.astro');
  invalidateCacheWhenRulesChange(cacheDir);

  mkdirSync(scratch, { recursive: true });
  const out = join(scratch, `out-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out, ...astroArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BRIEFING_CACHE_DIR: cacheDir },
  });
  if (astro.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write('\nThe build failed (see above). Nothing was published: dist/ is unchanged.\n');
    return 1;
  }
  const missing = ['index.html', 'timeline/index.html', 'sources/index.html', '404.html'].filter((page) => !existsSync(join(out, page)));
  if (missing.length > 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`The build is incomplete (missing ${missing.join(', ')}). Nothing was published: dist/ is unchanged.\n`);
    return 1;
  }

  try {
    const indexed = await indexForSearch(out);
    console.log(`✓ search index: ${indexed} pages`);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`${(error as Error).message}\nNothing was published: dist/ is unchanged.\n`);
    return 1;
  }

  publish(out);
  console.log(`✓ published to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** Swaps the new build in with renames, so `dist/` is never half-written. */
function publish(out: string): void {
  const previous = join(scratch, `previous-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(out, dist);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Rendered Markdown is cached by Astro per file; fact links in it depend on the facts' recognition
 * rules and on our plugins, which Astro cannot see. When either changes, drop the cached renders.
 */
function invalidateCacheWhenRulesChange(cacheDir: string): void {
  const hash = createHash('sha256');
  const addFolder = (folder: string): void => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      hash.update(entry.name);
      if (entry.isDirectory()) addFolder(path);
      else hash.update(readFileSync(path));
    }
  };
  for (const folder of ['content/facts', 'src/markdown', 'src/briefing']) addFolder(join(root, folder));
  hash.update(astroArgs.join(' '));
  const digest = hash.digest('hex');
  const stamp = join(cacheDir, 'briefing-rules.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  rmSync(join(cacheDir, 'content'), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
}

process.exitCode = await main();
