/** Facts about the machine and the toolchain, so that a reader can tell whether numbers are comparable. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE } from './build.mjs';
import { PROJECT_DIR } from './workspace.mjs';

const packageVersion = (name) => {
  try {
    return JSON.parse(readFileSync(path.join(PROJECT_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
};

/** The project's commit, and whether its working tree had changes: "ours" is built from that state. */
function projectRevision() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_DIR, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public'], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} + uncommitted changes in src/` : commit;
  } catch {
    return 'unknown';
  }
}

export function machineFacts() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    buildNode: execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim(),
    benchNode: process.version,
    astro: packageVersion('astro'),
    markdownRemark: packageVersion('@astrojs/markdown-remark'),
    markdownSatteri: packageVersion('@astrojs/markdown-satteri'),
    revision: projectRevision(),
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
  };
}

/** The 1-minute load average now: builds by other people on a 2-core machine skew timings. */
export const currentLoad = () => os.loadavg()[0];
