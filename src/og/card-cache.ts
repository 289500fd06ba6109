import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { PreviewCard } from './preview-card';

/**
 * Preview cards kept between builds, addressed by their content: a card's file is named by a hash of its
 * words and of everything else that shapes its pixels (the renderer digest, see renderer-digest.ts). A
 * card is only rendered when no build before rendered the same words with the same renderer, and the
 * cache can never change what a build produces, only how long it takes.
 *
 * The folder is `og-cards/` in Astro's cache folder (`node_modules/.astro/` by default), so a host that
 * keeps that folder between builds keeps the cards too (README, Deploying).
 */
export interface CardCache {
  /** Folder holding one `<sha256>.png` per card. */
  dir: string;
  /** Digest of the renderer: card code, fonts, satori, resvg (rendererDigest()). */
  renderer: string;
}

/** Name of the cache's folder inside Astro's cache folder. */
export const CARD_CACHE_FOLDER = 'og-cards';

/** Where `card` is (or will be) kept: named by a hash of the renderer and the card's words. */
export function cardFile(cache: CardCache, card: PreviewCard): string {
  // An array in a fixed order, so the key does not depend on how the object was put together.
  const words = JSON.stringify([card.kicker, card.title, card.description ?? null, card.footer ?? null]);
  const key = createHash('sha256').update(cache.renderer).update('\n').update(words).digest('hex');
  return join(cache.dir, `${key}.png`);
}

/**
 * The cached PNG in `file`, or undefined when there is none. A hit is marked as used (its modification
 * time set to now), so pruneCardCache() after the build keeps it.
 */
export function readCachedCard(file: string): Uint8Array | undefined {
  let png: Buffer;
  try {
    png = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  markCardUsed(file);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * Marks the cached card `file` as used by this build without reading it, so pruneCardCache() keeps it:
 * the build lists every card of the site up front, and a card whose page Astro restores from the last
 * build is never read. False when there is no such card.
 */
export function markCardUsed(file: string): boolean {
  const now = new Date();
  try {
    utimesSync(file, now, now);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Stores `png` as `file`. Written under a temporary name then renamed, so a build running at the same time
 * (or a build killed half-way) never leaves or reads half a file.
 */
export function writeCardFile(file: string, png: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/**
 * Removes what the build that started at `buildStarted` (ms since the epoch) did not use: cards neither
 * rendered nor read since then (a changed title leaves its old card behind), and temporary files of killed
 * builds. Returns how many files were removed. Keeps the cache, and a host's copy of it, the size of one
 * build's cards.
 */
export function pruneCardCache(dir: string, buildStarted: number): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    // Another build may be pruning the same folder: a file already gone is fine.
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined || modified >= buildStarted) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
