/**
 * `npm install` prints only what asks something of the reader. npm runs on the machine's Node while
 * the project runs on the Node 24 of its `node` devDependency, so npm's engine warnings (EBADENGINE,
 * ~30 lines) ask nothing; `.npmrc` hides npm's warnings, errors still print. A dry run resolves the
 * same tree and checks the same engines without touching node_modules.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/content-copy';
import { buildEnvironment } from '../support/project-copy';

/**
 * The environment a newcomer's shell has: without the project's `node_modules/.bin` on PATH (vitest
 * puts it there), so npm runs on the machine's Node, as the first `npm install` of a fresh clone does.
 */
function newcomerShell(): NodeJS.ProcessEnv {
  const env = buildEnvironment();
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':');
  return env;
}

const install = (...flags: string[]) => {
  const result = spawnSync('npm', ['install', '--dry-run', '--no-audit', '--no-fund', '--ignore-scripts', ...flags], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: newcomerShell(),
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm install', () => {
  it('prints no warning that asks nothing of the reader (no EBADENGINE, no install-script notice)', () => {
    const result = install();
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toMatch(/npm warn|EBADENGINE|install-scripts/iu);
  });

  it('still shows the engine warnings on request (--loglevel=warn) when npm runs on an older Node', () => {
    const node = spawnSync('node', ['--version'], { encoding: 'utf8', env: newcomerShell() }).stdout.trim();
    const result = install('--loglevel=warn');
    expect(result.status).toBe(0);
    // On a machine whose own Node already meets every "engines" there is nothing to warn about.
    if (Number(/^v(\d+)/u.exec(node)?.[1]) < 22) expect(result.output).toMatch(/EBADENGINE/u);
    else expect(result.output).not.toMatch(/EBADENGINE/u);
  });
});
