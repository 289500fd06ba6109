import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The file operations publishing uses (replaced in tests to make one of them fail). */
export interface PublishFs {
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
}

const realFs: PublishFs = { rename: renameSync, remove: (path) => rmSync(path, { recursive: true, force: true }) };

/** What happened: published, or the reason nothing was (the old site is back in place). */
export type PublishResult = { published: true; warning?: string } | { published: false; reason: string };

/**
 * Swaps a finished build (`out`) in as `dist` with two renames, so `dist/` is never half-written: the
 * old site moves aside into `scratch`, the new one takes its place, the old one is deleted. If a rename
 * fails (permissions, a file held open), the old site is put back, the new build is removed and
 * nothing is published.
 */
export function publish(out: string, dist: string, scratch: string, fs: PublishFs = realFs): PublishResult {
  const previous = join(scratch, `previous-${process.pid}`);
  const hadSite = existsSync(dist);
  const failed = (what: string, error: unknown): PublishResult => {
    fs.remove(out);
    return {
      published: false,
      reason: `could not ${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  };
  try {
    if (hadSite) fs.rename(dist, previous);
  } catch (error) {
    return failed('move the current dist/ aside', error);
  }
  try {
    fs.rename(out, dist);
  } catch (error) {
    if (hadSite) fs.rename(previous, dist);
    return failed('put the new site in place', error);
  }
  try {
    fs.remove(previous);
  } catch (error) {
    return {
      published: true,
      warning: `the old site could not be removed from ${previous} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); delete it by hand`,
    };
  }
  return { published: true };
}

/** Deletes scratch folders (`out-<pid>`, `previous-<pid>`) of builds whose process is gone (killed builds). */
export function removeLeftovers(scratch: string, fs: PublishFs = realFs): string[] {
  const removed: string[] = [];
  for (const name of existsSync(scratch) ? readdirSync(scratch) : []) {
    const pid = Number(/^(?:out|previous|report)-(\d+)(?:\.json)?$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    fs.remove(join(scratch, name));
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
