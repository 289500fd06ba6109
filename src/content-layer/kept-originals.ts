import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../loader/write-whole';

/** Where the loader keeps an original for its page: the copy's path and the digest of its bytes. */
export interface KeptOriginal {
  sha256: string;
  file: string;
}

/**
 * Keeps an original's bytes, as the loader read them through its sandboxed reader, in `dir` (a folder of
 * Astro's cache), named by their digest: its page serves them from there, so no page reads content/
 * again, and the bytes are not carried through the content store (as base64, a third larger), which
 * every build writes, bundles and reads back whole. An unchanged original is already kept.
 */
export function keepOriginal(dir: string, bytes: Uint8Array): KeptOriginal {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = join(dir, sha256);
  if (!existsSync(file)) writeWhole(file, bytes);
  return { sha256, file };
}

/** The kept bytes of an original, exactly those the loader read (their digest is checked). */
export function readKeptOriginal(kept: KeptOriginal): Uint8Array {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(kept.file);
  } catch {
    bytes = undefined;
  }
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== kept.sha256)
    throw new Error(
      `the original kept at ${kept.file} is missing or changed since the content was loaded: run the build again.`,
    );
  return bytes;
}
