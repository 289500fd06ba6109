/**
 * `npm run build`: `astro build` into a scratch folder, and only then replace `dist/`. The build itself
 * checks all content (the loader in src/content-layer/ refuses to build with any problem, listing every
 * one) and indexes search; this script adds the safe publish, so that a failed check or build leaves
 * the last good `dist/` exactly as it was.
 *
 * It ends with the work: Astro's one line per page is summarised (`--verbose` shows them), and the
 * content warnings follow the publish line, with one summary line last counting each kind of thing
 * awaiting the editor, doubtful links included (the loader hands them over in BRIEFING_BUILD_REPORT).
 *
 * Extra arguments go to `astro build`, e.g. `npm run build -- --base /briefing/ --site https://example.org`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatWarnings } from '../src/model/problems';
import { workSummary } from '../src/briefing/checks/work-summary';
import type { BuildReport } from '../src/content-layer/briefing-loader';
import { passOutput } from './lib/build-output';
import { quietEnvironment } from './lib/quiet-environment';
import { publish, removeLeftovers } from './lib/publish';

const root = resolve(process.argv.find((arg) => arg.startsWith('--root='))?.slice(7) ?? process.cwd());
const verbose = process.argv.includes('--verbose');
const astroArgs = process.argv.slice(2).filter((arg) => !arg.startsWith('--root=') && arg !== '--verbose');
const dist = join(root, 'dist');
const scratch = join(root, '.build');
const NOT_PUBLISHED = 'Nothing was published: dist/ is unchanged.';

/** Warnings of each kind written out in full at the end; the rest are counted (`npm run check` lists all). */
const WARNINGS_SHOWN_PER_KIND = 5;

/** Runs `astro build`, its route lines left out unless --verbose; resolves with its exit code and the number of files it wrote (pages, data, cards). */
async function astroBuild(out: string, reportFile: string): Promise<{ status: number | null; files: number }> {
  const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out, ...astroArgs], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...quietEnvironment(), ...colour, BRIEFING_BUILD_REPORT: reportFile },
  });
  const [files] = await Promise.all([
    passOutput(child.stdout, process.stdout, verbose),
    passOutput(child.stderr, process.stderr, verbose),
  ]);
  const status = await new Promise<number | null>((done) =>
    child.exitCode !== null ? done(child.exitCode) : child.on('close', done),
  );
  return { status, files };
}

/** The warnings and the summary line, read from what the loader reported (nothing when it reported nothing). */
function work(reportFile: string): string {
  if (!existsSync(reportFile)) return '';
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
  const warnings =
    report.warnings.length > 0 ? `\n${formatWarnings(report.warnings, { shownPerKind: WARNINGS_SHOWN_PER_KIND })}` : '';
  return `${warnings}\n${workSummary(report.warnings, report.doubtfulLinks)}\n`;
}

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(scratch, { recursive: true });
  removeLeftovers(scratch);
  const out = join(scratch, `out-${process.pid}`);
  const reportFile = join(scratch, `report-${process.pid}.json`);
  rmSync(out, { recursive: true, force: true });
  rmSync(reportFile, { force: true });
  const astro = await astroBuild(out, reportFile);
  const summary = work(reportFile);
  rmSync(reportFile, { force: true });
  if (astro.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`\nThe build failed (see above). ${NOT_PUBLISHED}\n`);
    return 1;
  }
  const missing = [
    'index.html',
    'timeline/index.html',
    'sources/index.html',
    '404.html',
    'pagefind/pagefind.js',
  ].filter((page) => !existsSync(join(out, page)));
  if (missing.length > 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`The build is incomplete (missing ${missing.join(', ')}). ${NOT_PUBLISHED}\n`);
    return 1;
  }
  const result = publish(out, dist, scratch);
  if (!result.published) {
    process.stderr.write(
      `Publishing failed: ${result.reason}. ${NOT_PUBLISHED}\n→ check that dist/ and .build/ are writable and that nothing holds files open in them, then build again.\n`,
    );
    return 1;
  }
  if (result.warning) process.stderr.write(`The new site is published, but ${result.warning}.\n`);
  const routes = verbose ? '' : ` (${astro.files} files written; npm run build -- --verbose lists them)`;
  process.stdout.write(`✓ published to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s${routes}\n${summary}`);
  return 0;
}

process.exitCode = await main();
