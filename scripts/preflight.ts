/**
 * The first step of `npm test`: checks that Chromium (browser tests) and Java (HTML validator) are
 * there, before minutes of builds. When they are missing and this is root on a machine with apt-get,
 * installs them; otherwise stops at once, naming the one command to run.
 *
 * BRIEFING_NO_INSTALL=1 never installs (stop and name the command instead), e.g. on a shared machine
 * where running as root must not change it; tests use it to act as a machine without root or apt.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH, INSTALL_COMMAND, JAVA_PATH } from './lib/test-tools';

/** What is missing, as a reader would name it. */
function missingTools(): string[] {
  const missing: string[] = [];
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    missing.push(`Chromium at ${CHROMIUM_PATH}${process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : ''}`);
  }
  const java = spawnSync(JAVA_PATH, ['-version'], { stdio: 'ignore', timeout: 30_000 });
  if (java.error || java.status !== 0)
    missing.push(`Java (${JAVA_PATH}${process.env.JAVA_PATH ? ', from JAVA_PATH' : ''})`);
  return missing;
}

function canInstall(): boolean {
  if (process.env.BRIEFING_NO_INSTALL) return false;
  // A CHROMIUM_PATH of one's own is not where apt installs Chromium: installing would not help.
  if (process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== '/usr/bin/chromium') return false;
  if (process.getuid?.() !== 0) return false;
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function stop(missing: string[]): number {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  process.stderr.write(
    [
      `npm test needs Chromium (the browser tests) and Java (the HTML validator). Missing: ${missing.join('; ')}.`,
      '',
      `Run:  ${sudo}${INSTALL_COMMAND}`,
      '',
      'then npm test again. (If they are installed elsewhere, point CHROMIUM_PATH / JAVA_PATH at them.)',
      '',
    ].join('\n'),
  );
  return 1;
}

function main(): number {
  const missing = missingTools();
  if (missing.length === 0) return 0;
  if (!canInstall()) return stop(missing);
  console.log(`Installing what npm test needs (${missing.join('; ')}): apt-get update && ${INSTALL_COMMAND}`);
  for (const args of [['update'], INSTALL_COMMAND.split(' ').slice(1)]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) return stop(missing);
  }
  const still = missingTools();
  return still.length === 0 ? 0 : stop(still);
}

process.exitCode = main();
