/**
 * `npm test` checks for Chromium and Java before anything else. With Chromium hidden (a CHROMIUM_PATH
 * that points nowhere) on a machine where it may not install (BRIEFING_NO_INSTALL, standing in for no
 * root or no apt-get), the real `npm test` must stop within seconds — before type-checking, builds or
 * vitest — and name the one command that installs what is missing.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND } from '../../scripts/lib/test-tools';
import { buildEnvironment } from '../support/project-copy';
import { projectRoot } from '../support/content-copy';

/** Longer than the preflight ever needs, far shorter than the suite it must not start. */
const GUARD_MS = 60_000;

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string; killed: boolean }> {
  return new Promise((done) => {
    // Its own process group, so that if the preflight failed to stop, the whole suite it started can be ended.
    const child = spawn(command, args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let killed = false;
    const guard = setTimeout(() => {
      killed = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, GUARD_MS);
    child.on('close', (status) => {
      clearTimeout(guard);
      done({ status, output, killed });
    });
  });
}

describe('npm test preflight', () => {
  it(
    'stops at once with the install command when Chromium is missing and it may not install',
    { timeout: GUARD_MS + 10_000 },
    async () => {
      const result = await run('npm', ['test'], {
        ...buildEnvironment(),
        CHROMIUM_PATH: '/nonexistent/chromium',
        BRIEFING_NO_INSTALL: '1',
      });
      expect(result.killed, result.output).toBe(false);
      expect(result.status).toBe(1);
      expect(result.output).toContain('Missing: Chromium at /nonexistent/chromium (from CHROMIUM_PATH)');
      expect(result.output).toMatch(
        new RegExp(`Run: {2}(sudo )?${INSTALL_COMMAND.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\n`, 'u'),
      );
      // Nothing after the preflight ran: no type-check, no vitest.
      expect(result.output).not.toMatch(/Getting diagnostics|RUN {2}v\d|Test Files/u);
    },
  );

  it('passes quietly when Chromium and Java are where the settings say', { timeout: GUARD_MS + 10_000 }, async () => {
    const result = await run('node_modules/.bin/tsx', ['scripts/preflight.ts'], {
      ...buildEnvironment(),
      BRIEFING_NO_INSTALL: '1',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toBe('');
  });
});
