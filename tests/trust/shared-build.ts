import { copyProject } from '../support/project-copy';

/**
 * Time one build may take in a test hook: ~15 s alone, but several minutes when the whole suite builds
 * at once on a two-core machine.
 */
export const BUILD_TIMEOUT = 300_000;

/** A finished build of a scratch copy of the project. */
export interface ProjectBuild {
  project: ReturnType<typeof copyProject>;
  /** The published `dist/` of the copy. */
  dist: string;
}

/**
 * Variables vitest puts in `process.env` for its own Vite. A child `astro build` inherits them and takes
 * them as its own: `BASE_URL=/` overrides `--base` in every page's links, `DEV=1` / `NODE_ENV=test`
 * are not a production build. A test build must be the build a user gets.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST(_.*)?)$/;

/**
 * Runs the real `npm run build` (content check, astro build, swap into dist/) in a fresh copy of the
 * project with its own Astro cache. Builds take ~15 s, so files building the same configuration share
 * one cold build per run (tests/support/cold-builds.ts).
 */
export function buildProject(...args: string[]): ProjectBuild {
  return buildCopy(copyProject(), ...args);
}

/** Builds an existing scratch copy (to copy several first, so they hold the same sources). */
export function buildCopy(project: ReturnType<typeof copyProject>, ...args: string[]): ProjectBuild {
  return finished(
    project,
    args,
    withoutVitestEnv(() => project.build(...args)),
  );
}

/** Builds an existing scratch copy even when this run already built the same files (a test of cold builds themselves). */
export function buildCopyAnew(project: ReturnType<typeof copyProject>, ...args: string[]): ProjectBuild {
  return finished(
    project,
    args,
    withoutVitestEnv(() => project.buildAnew(...args)),
  );
}

function finished(
  project: ReturnType<typeof copyProject>,
  args: readonly string[],
  result: ReturnType<ReturnType<typeof copyProject>['build']>,
): ProjectBuild {
  if (result.status !== 0) {
    project.remove();
    throw new Error(`npm run build ${args.join(' ')} failed (exit ${result.status}):\n${result.output}`);
  }
  return { project, dist: project.path('dist') };
}

/** Runs a synchronous step with vitest's variables out of `process.env` (nothing else runs meanwhile). */
function withoutVitestEnv<T>(step: () => T): T {
  const saved = Object.entries(process.env).filter(([name]) => VITEST_ENV.test(name));
  for (const [name] of saved) delete process.env[name];
  try {
    return step();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
