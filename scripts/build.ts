/**
 * `npm run build`: `astro build` into a scratch folder, and only then replace `dist/`. The build itself
 * checks all content (the loader in src/content-layer/ refuses to build with any problem, listing every
 * one) and indexes search; this script adds the safe publish, so that a failed check or build leaves
 * the last good `dist/` exactly as it was.
 *
 * Extra arguments go to `astro build`, e.g. `npm run build -- --base /briefing/ --site https://example.org`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publish, removeLeftovers } from './lib/publish';

const root = resolve(process.argv.find((arg) => arg.startsWith('--root='))?.slice(7) ?? process.cwd());
const astroArgs = process.argv.slice(2).filter((arg) => !arg.startsWith('--root='));
const dist = join(root, 'dist');
const scratch = join(root, '.build');
const NOT_PUBLISHED = 'Nothing was published: dist/ is unchanged.';

function main(): number {
  const started = Date.now();
  mkdirSync(scratch, { recursive: true });
  removeLeftovers(scratch);
  const out = join(scratch, `out-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out, ...astroArgs], { cwd: root, stdio: 'inherit' });
  if (astro.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`\nThe build failed (see above). ${NOT_PUBLISHED}\n`);
    return 1;
  }
  const missing = ['index.html', 'timeline/index.html', 'sources/index.html', '404.html', 'pagefind/pagefind.js'].filter((page) => !existsSync(join(out, page)));
  if (missing.length > 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`The build is incomplete (missing ${missing.join(', ')}). ${NOT_PUBLISHED}\n`);
    return 1;
  }
  const result = publish(out, dist, scratch);
  if (!result.published) {
    process.stderr.write(`Publishing failed: ${result.reason}. ${NOT_PUBLISHED}\n→ check that dist/ and .build/ are writable and that nothing holds files open in them, then build again.\n`);
    return 1;
  }
  if (result.warning) process.stderr.write(`The new site is published, but ${result.warning}.\n`);
  console.log(`✓ published to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = main();
