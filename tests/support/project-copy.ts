import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildResult, sharedColdBuild } from './cold-builds';
import { projectRoot, scratchFolder } from './content-copy';

const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'];

/**
 * The environment for a build started from inside vitest, without vitest's own variables: its
 * BASE_URL would override `--base` in the pages, and MODE/NODE_ENV would make it a test build.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/**
 * A scratch copy of the whole project (sharing node_modules through a link, with its own Astro cache),
 * so tests can edit content and run the real `npm run build` without touching the checkout.
 */
export function copyProject() {
  const root = mkdtempSync(join(tmpdir(), 'briefing-project-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return {
    ...scratchFolder(root),
    /** Runs one of the project's scripts (`scripts/<name>.ts`, as `npm run <name>` does) in the copy, `input` piped to it. */
    run: (script: string, args: readonly string[] = [], input = '') => {
      const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'tsx'), [`scripts/${script}.ts`, ...args], {
        cwd: root,
        input,
        encoding: 'utf8',
        env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: join(root, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      return {
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
        output: result.stdout + result.stderr,
      };
    },
    /**
     * Runs `npm run build` (the check-build-publish script) in the copy; a cold build of files this run
     * already built is taken from that build (tests/support/cold-builds.ts).
     */
    build: (...args: string[]) => sharedColdBuild(root, args, () => npmRunBuild(root, args)),
    /** Runs `npm run build` in the copy even when this run already built the same files. */
    buildAnew: (...args: string[]) => sharedColdBuild(root, args, () => npmRunBuild(root, args), { reuse: false }),
    /** Runs `npm run build` in the copy without holding this thread, so several copies can build at once. */
    buildAlongside: (...args: string[]) => npmRunBuildAlongside(root, args),
  };
}

const npmRunBuildCommand = (root: string, args: readonly string[]) =>
  [
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['scripts/build.ts', ...args],
    {
      cwd: root,
      env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: join(root, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  ] as const;

function npmRunBuild(root: string, args: readonly string[]): BuildResult {
  const [command, commandArgs, options] = npmRunBuildCommand(root, args);
  const result = spawnSync(command, commandArgs, { ...options, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

function npmRunBuildAlongside(root: string, args: readonly string[]): Promise<BuildResult> {
  const [command, commandArgs, options] = npmRunBuildCommand(root, args);
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr, output: stdout + stderr }));
  });
}
