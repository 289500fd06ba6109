import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: written aside and renamed, so a build killed midway never
 * leaves half a file under the name that the next build trusts. Creates the folder. Throws as
 * `writeFileSync` does; the caches that use it decide whether a failed write matters.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, data);
  renameSync(scratch, file);
}
