/**
 * `npm run dev`, `npm run preview`, `npm run typecheck`: Astro's own command line, run in the project's
 * quiet environment (scripts/lib/quiet-environment.ts: no telemetry, no update notice). Arguments go
 * to `astro` unchanged; its exit code is the script's.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { quietEnvironment } from './lib/quiet-environment';

const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'astro'), process.argv.slice(2), {
  stdio: 'inherit',
  env: quietEnvironment(),
});
// Ctrl-C reaches Astro through the terminal; this process only waits for it to finish.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
