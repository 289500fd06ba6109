import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts a copy of the folder `from` at `to` (which must not exist yet) by hard-linking each file: a
 * thousand search fragments cost a thousand links, not a thousand copies. Where a link cannot be made
 * (the two folders on different file systems, a file system without links) the file is copied.
 * The files are never written in place afterwards (the build replaces whole folders), so the two
 * names of a file cannot drift apart. Symbolic links and other special files are not followed: the
 * folders linked here are Pagefind's output, which holds neither.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
