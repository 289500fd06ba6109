import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root (tests never change its real content). */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Helpers to read, write and edit files of a scratch folder by their path inside it. */
export function scratchFolder(root: string) {
  const path = (relative: string) => join(root, relative);
  return {
    root,
    path,
    read: (relative: string) => readFileSync(path(relative), 'utf8'),
    write: (relative: string, text: string | Uint8Array) => writeFileSync(path(relative), text),
    edit: (relative: string, change: (text: string) => string) =>
      writeFileSync(path(relative), change(readFileSync(path(relative), 'utf8'))),
    /** Replaces a file (or folder) of the copy by a symbolic link to `target`. */
    link: (relative: string, target: string) => {
      rmSync(path(relative), { recursive: true, force: true });
      symlinkSync(target, path(relative));
    },
    /** Replaces a file of the copy by a named pipe (a FIFO), which never ends when read. */
    fifo: (relative: string) => {
      rmSync(path(relative), { force: true });
      execFileSync('mkfifo', [path(relative)]);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A scratch copy of `content/` in a temp folder, with helpers to edit it. */
export function copyContent() {
  const root = mkdtempSync(join(tmpdir(), 'briefing-content-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return scratchFolder(root);
}
