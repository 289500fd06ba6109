import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTALL_COMMAND, JAVA_PATH } from '../../scripts/lib/test-tools';

/**
 * Built pages through the Nu Html Checker (vnu, the W3C validator), run locally from the `vnu-jar`
 * package on Debian's Java (`apt-get install -y default-jre-headless`; `.ci/run` does it).
 */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of vnu's `--format json` output. */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** vnu's messages on `pages` (absolute paths). */
export function vnuMessages(pages: readonly string[]): VnuMessage[] {
  const java = spawnSync(JAVA_PATH, ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error(
      `no Java at ${JAVA_PATH}: run \`${INSTALL_COMMAND}\` (the HTML validator needs it), or set JAVA_PATH`,
    );
  const vnu = spawnSync(JAVA_PATH, ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', ...pages], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr and exits 1 when it found errors; anything else is a crash.
  if (vnu.error || (vnu.status !== 0 && vnu.status !== 1))
    throw new Error(`vnu failed (exit ${vnu.status}): ${vnu.error?.message ?? vnu.stderr}`);
  return (JSON.parse(vnu.stderr) as { messages: VnuMessage[] }).messages;
}

/**
 * Two kinds of vnu CSP warnings are not true of the site as served, so they are left out:
 * - vnu reads the pages at file: URLs, whose origin is opaque, so every /_astro/ file looks blocked
 *   by 'self'; over http(s) they are same-origin (security-policy.test.ts checks that);
 * - it applies script-src to JSON-LD, which browsers treat as a data block, never run, never check.
 */
export function isSpuriousWarning(message: VnuMessage): boolean {
  return (
    /^Resource violates Content Security Policy/.test(message.message) ||
    (/^Inline script violates Content Security Policy/.test(message.message) &&
      /type="application\/ld\+json"/.test(message.extract ?? ''))
  );
}

/** "articles/x/index.html:12: message (extract)" — enough to find the markup that is wrong. */
export function describeVnuMessage(message: VnuMessage, dist: string): string {
  const file = message.url ? relative(dist, fileURLToPath(message.url)) : '(no file)';
  const extract = message.extract ? ` — ${JSON.stringify(message.extract.trim().slice(0, 160))}` : '';
  return `${file}:${message.lastLine ?? '?'}:${message.lastColumn ?? '?'}: ${message.message}${extract}`;
}
