/**
 * Runs `astro build` in a site directory with the project's Node 24 (Astro 7 refuses Node 20) and times
 * it from the outside: wall-clock seconds of the whole process, which is what an author waits for, its CPU
 * seconds and its peak memory. Astro's own log is kept, and the phases it prints are parsed out for the
 * report.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PROJECT_DIR } from './workspace.mjs';

export const NODE = path.join(PROJECT_DIR, 'node_modules', '.bin', 'node');

/** Builds in progress; stopped with the bench (Ctrl-C, kill) instead of running on as orphans. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    process.exit(130);
  });
}
const ASTRO = path.join(PROJECT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PEAK_MEMORY = pathToFileURL(path.join(PROJECT_DIR, 'bench', 'lib', 'peak-memory.mjs')).href;

/**
 * Builds the site in `siteDir`. `nodeArgs` go to Node (e.g. --cpu-prof). Never throws for a failed build:
 * returns { ok: false, reason } so that one broken site does not stop the comparison.
 */
export async function astroBuild(siteDir, { logFile, nodeArgs = [], env = {} } = {}) {
  const log = createWriteStream(logFile);
  const timesFile = `${logFile}.times`;
  const memoryFile = `${logFile}.peak-memory`;
  let output = '';
  const started = performance.now();
  const code = await new Promise((resolve) => {
    // Through bash, whose `times` gives the CPU time the build used: unlike wall-clock time it hardly
    // changes when other work competes for the 2 cores.
    const script = '"$@"; code=$?; times > "$BENCH_TIMES_FILE"; exit $code';
    const child = spawn('bash', ['-c', script, 'bash', NODE, `--import=${PEAK_MEMORY}`, ...nodeArgs, ASTRO, 'build'], {
      cwd: siteDir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        BENCH_TIMES_FILE: timesFile,
        BENCH_PEAK_MEMORY_FILE: memoryFile,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping the bench can stop the build and everything it started.
      detached: true,
    });
    running.add(child);
    child.on('close', () => running.delete(child));
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        log.write(chunk);
      });
    }
    child.on('error', (error) => {
      output += `\n${error.message}`;
      resolve(-1);
    });
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => log.end(resolve));
  const phases = parsePhases(output);
  const cpuSeconds = await childCpuSeconds(timesFile);
  const peakBytes = await peakMemory(memoryFile);
  if (code !== 0) return { ok: false, seconds, cpuSeconds, peakBytes, phases, reason: failureReason(output, code) };
  const pages = await countHtml(path.join(siteDir, 'dist'));
  if (pages === 0)
    return { ok: false, seconds, cpuSeconds, peakBytes, phases, reason: 'the build produced no HTML pages' };
  return { ok: true, seconds, cpuSeconds, peakBytes, phases, pages };
}

/** User + system CPU seconds of the build, from the second line of bash's `times` ("0m3.210s 0m0.480s"). */
async function childCpuSeconds(timesFile) {
  try {
    const line = (await readFile(timesFile, 'utf8')).trim().split('\n')[1] ?? '';
    const total = [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
    return total || undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident memory of the build process in bytes, as peak-memory.mjs wrote it when the build exited. */
async function peakMemory(memoryFile) {
  try {
    return Number(await readFile(memoryFile, 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Astro prints "[types] Generated 1.34s" after content sync, "N page(s) built in 1m 5s" at the end, and
 * "Completed in 99ms." after generating the routes; durations are ms, s, or "Xm Ys".
 */
function parsePhases(output) {
  const duration = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.source;
  const seconds = (match) => {
    if (!match) return undefined;
    const [, minutes, value, unit] = match;
    return Number(minutes ?? 0) * 60 + (unit === 'ms' ? Number(value) / 1000 : Number(value));
  };
  return {
    syncSeconds: seconds(new RegExp(`\\[types\\] Generated ${duration}`).exec(output)),
    astroSeconds: seconds(new RegExp(`page\\(s\\) built in ${duration}`).exec(output)),
    renderSeconds: seconds(new RegExp(`generating static routes[\\s\\S]*?Completed in ${duration}`).exec(output)),
    routeGroups: routeGroups(output),
    // Routes Astro's incremental build copied from the last build instead of rendering them.
    restored: [...output.matchAll(/[├└]─ \S+ \((?:restored|cached)\)/g)].length,
  };
}

/**
 * Time per group of routes (first path segment: /og/…, /articles/…), from the "├─ /path (+12ms)" lines
 * Astro prints while generating them: shows which kind of page the route generation spends its time on.
 */
function routeGroups(output) {
  const groups = {};
  for (const match of output.matchAll(/[├└]─ (\S+) \(\+(?:(\d+)m\s*)?([\d.]+)(ms|s)\)/g)) {
    const [, route, minutes, value, unit] = match;
    const segments = route.split('/').filter(Boolean);
    const group = segments.length > 1 ? `/${segments[0]}/…` : route;
    const ms = Number(minutes ?? 0) * 60000 + (unit === 'ms' ? Number(value) : Number(value) * 1000);
    groups[group] ??= { routes: 0, ms: 0 };
    groups[group].routes += 1;
    groups[group].ms += ms;
  }
  return groups;
}

/**
 * The first line that says what went wrong (Astro's [ERROR], an Error:, the site's own "found N
 * problems:"), with the two lines after it when it ends in a colon: enough to say why in one line.
 */
function failureReason(output, code) {
  const lines = output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const at = lines.findIndex(
    (line) => !line.startsWith('at ') && /\[ERROR\]|Error:|problems?:|failed|Cannot|not found/i.test(line),
  );
  const picked = at < 0 ? lines.slice(-3) : lines[at].endsWith(':') ? lines.slice(at, at + 3) : [lines[at]];
  return `exit ${code}: ${picked.join(' ').slice(0, 400) || 'no output'}`;
}

async function countHtml(dir) {
  let count = 0;
  try {
    for (const entry of await readdir(dir, { recursive: true })) if (entry.endsWith('.html')) count++;
  } catch {
    return 0;
  }
  return count;
}
