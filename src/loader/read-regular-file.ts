import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file read whole, or why it was not read. */
export type RegularFileRead =
  | { ok: true; bytes: Buffer }
  /** `special`: a folder, FIFO, socket or device (`/dev/zero` never ends; a FIFO blocks forever). */
  | { ok: false; reason: 'special' }
  | { ok: false; reason: 'too-large'; size: number }
  /** `open` failed: `ELOOP` for a link refused by `noFollow`, `ENOENT`, `EACCES`… */
  | { ok: false; reason: 'error'; code: string };

/**
 * Reads a file only if it is a regular file of at most `maxBytes`, deciding on the open file before a
 * byte is read: opened non-blocking (a FIFO does not hang `open()`), checked with `fstat` (the file
 * checked is the file read), never read past its size. `noFollow` refuses a symbolic link (`ELOOP`).
 */
export function readRegularFile(path: string, maxBytes: number, options: { noFollow: boolean }): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    return { ok: false, reason: 'error', code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'special' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', size: stat.size };
    const bytes = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, bytes: bytes.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

/** A size as people read it: "20.0 MB", "180 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} KB`;
}
