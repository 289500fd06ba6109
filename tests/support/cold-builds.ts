/**
 * Cold builds shared within one test run. Many build tests start the same way: a fresh copy of the
 * project (often with the seeds unchanged) built by `npm run build`. A cold build depends only on the
 * files of the copy and the arguments, so the first test to build an input keeps the finished copy
 * (dist/, the Astro cache and store) under the run's folder, and a later one building the same input
 * from a fresh copy takes a copy of that finished project instead: the same files a build there would
 * have written (a build writes no path of its folder into the copy; tests/trust/reproducible.test.ts),
 * and the same output. Later builds in a copy (warm, after an edit, failing) always run.
 *
 * The run's folder is made by tests/support/cold-builds-setup.ts (the global setup of the build and e2e
 * projects, so the e2e sites are shared too); without it every build runs.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding this run's finished cold builds, by the digest of their input. */
    coldBuilds: string;
  }
}

/** What a build printed and how it ended. */
export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Where the main process keeps the run's folder, for every project's global setup. */
export const RUN_FOLDER_VARIABLE = 'BRIEFING_TEST_COLD_BUILDS';

/** What a build leaves in a copy besides its input: nothing of it may exist for a build to be cold. */
const BUILD_LEFTOVERS = ['dist', '.astro', '.astro-cache', '.build'];
/** How long to wait for another worker building the same input before building it here. */
const WAIT_LIMIT_MS = 600_000;

/**
 * Builds `root` with `build`, or, when the copy is fresh and this run already built the same files with
 * the same arguments, puts that finished build in place and answers its result. With `reuse` false it
 * always builds (a test about cold builds themselves), and still keeps a first cold build for others.
 */
export function sharedColdBuild(
  root: string,
  args: readonly string[],
  build: () => BuildResult,
  { reuse = true } = {},
): BuildResult {
  const store = runFolder();
  const key = store && isFresh(root) ? inputDigest(root, args) : undefined;
  if (!store || !key) return build();
  const done = join(store, key);
  const lock = `${done}.building`;
  if (!reuse) {
    const result = build();
    if (result.status === 0 && takeLock(lock)) {
      try {
        if (!existsSync(done)) keep(root, result, done);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    return result;
  }
  if (!existsSync(done)) {
    if (takeLock(lock)) {
      try {
        const result = build();
        if (result.status === 0) keep(root, result, done);
        return result;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    waitFor(() => existsSync(done) || !existsSync(lock));
    if (!existsSync(done)) return build();
  }
  return putInPlace(done, root);
}

/** The run's folder: provided to test files, or in the main process (a global setup) where the setup put it. */
function runFolder(): string | undefined {
  try {
    return inject('coldBuilds') ?? process.env[RUN_FOLDER_VARIABLE];
  } catch {
    return process.env[RUN_FOLDER_VARIABLE];
  }
}

const isFresh = (root: string) => BUILD_LEFTOVERS.every((name) => !existsSync(join(root, name)));

/**
 * A digest of every file of the copy (node_modules, a link to the project's own, aside), of the
 * arguments and of the briefing's variables in the environment (the copy's cache folder and this run's
 * folder aside); undefined when the copy holds anything but files and folders (a link or pipe a test put
 * there on purpose is a build of its own).
 */
function inputDigest(root: string, args: readonly string[]): string | undefined {
  const variables = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BRIEFING_') && !['BRIEFING_CACHE_DIR', RUN_FOLDER_VARIABLE].includes(name))
    .sort();
  const hash = createHash('sha256')
    .update(JSON.stringify([args, variables]))
    .update('\0');
  const walk = (relative: string): boolean => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      if (relative === '' && name === 'node_modules') continue;
      const path = join(relative, name);
      const info = lstatSync(join(root, path));
      if (info.isDirectory()) {
        if (!walk(path)) return false;
      } else if (info.isFile())
        hash
          .update(path)
          .update('\0')
          .update(readFileSync(join(root, path)))
          .update('\0');
      else return false;
    }
    return true;
  };
  return walk('') ? hash.digest('hex') : undefined;
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

function waitFor(ready: () => boolean): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !ready() && waited < WAIT_LIMIT_MS; waited += 500) Atomics.wait(pause, 0, 0, 500);
}

/** Keeps the finished copy and its result under `done`, whole or not at all. */
function keep(root: string, result: BuildResult, done: string): void {
  const partial = `${done}.partial`;
  for (const name of readdirSync(root))
    if (name !== 'node_modules') cpSync(join(root, name), join(partial, 'project', name), { recursive: true });
  writeFileSync(join(partial, 'result.json'), JSON.stringify({ root, result }));
  renameSync(partial, done);
}

/** Puts the kept build in place of the fresh copy, and answers its result as printed there. */
function putInPlace(done: string, root: string): BuildResult {
  const kept = join(done, 'project');
  for (const name of readdirSync(kept)) {
    rmSync(join(root, name), { recursive: true, force: true });
    cpSync(join(kept, name), join(root, name), { recursive: true });
  }
  const { root: builtIn, result } = JSON.parse(readFileSync(join(done, 'result.json'), 'utf8')) as {
    root: string;
    result: BuildResult;
  };
  const here = (text: string) => text.replaceAll(builtIn, root);
  return {
    status: result.status,
    stdout: here(result.stdout),
    stderr: here(result.stderr),
    output: here(result.output),
  };
}
