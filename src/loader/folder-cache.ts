import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from './write-whole';

/** Values computed from content, kept by a digest of everything they were computed from. */
export interface DigestCache<T> {
  get(digest: string): T | undefined;
  set(digest: string, value: T): void;
}

/**
 * A digest cache in a folder, one JSON file per digest. It is content-addressed (the caller's digest
 * covers every input and the code that computes the value), so it never serves a stale value and can be
 * kept between builds — in Astro's cache folder, which hosts can keep in their build cache.
 */
export function folderCache<T>(folder: string): DigestCache<T> {
  const path = (digest: string) => join(folder, `${digest}.json`);
  return {
    get(digest) {
      try {
        return JSON.parse(readFileSync(path(digest), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    set(digest, value) {
      try {
        writeWhole(path(digest), JSON.stringify(value));
      } catch {
        // A cache that cannot be written only costs time on the next build.
      }
    },
  };
}
