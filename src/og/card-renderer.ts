import { cardFile, markCardUsed, readCachedCard, writeCardFile, type CardCache } from './card-cache';
import type { RenderCardToFile } from './card-task';
import type { PreviewCard } from './preview-card';

/**
 * Draws a card in the calling thread. satori and resvg are imported on first use: a build whose cards
 * are all cached (or drawn by the worker pool) never loads them on the main thread.
 */
async function renderCard(card: PreviewCard): Promise<Uint8Array> {
  return (await import('./render-card')).renderCard(card);
}

/** Renders in the calling thread: for `astro dev` and tests, where there is no bundled worker. */
const renderHere: RenderCardToFile = async ({ card, file }) => writeCardFile(file, await renderCard(card));

export interface CardRenderer {
  /**
   * Starts rendering every card of `cards` that is not cached yet, and marks the cached ones as used: the
   * build calls it once with all cards, without waiting, so the worker threads render them while the main thread renders pages.
   * Resolves (never rejects) when every render it started has finished or failed.
   */
  prefetch(cards: readonly PreviewCard[]): Promise<void>;
  /** The card's PNG: from the cache, else rendered (once, however often it is asked for) and cached. */
  png(card: PreviewCard): Promise<Uint8Array>;
}

/**
 * Preview cards through the cache: each card is rendered at most once per build, by `render` (the worker
 * pool in a build, this thread by default), and read back from the cache.
 */
export function createCardRenderer(cache: CardCache, render: RenderCardToFile = renderHere): CardRenderer {
  /** Renders started and not yet read, by cache file. */
  const rendering = new Map<string, Promise<void>>();

  const start = (card: PreviewCard, file: string): Promise<void> => {
    let done = rendering.get(file);
    if (!done) {
      done = render({ card, file });
      // A failure is reported by png() for that card's page; until then it must not count as unhandled.
      done.catch(() => undefined);
      rendering.set(file, done);
    }
    return done;
  };

  return {
    async prefetch(cards) {
      const started: Promise<void>[] = [];
      for (const card of cards) {
        const file = cardFile(cache, card);
        // Every card of the site is listed here, also those of pages restored from the last build.
        if (!rendering.has(file) && !markCardUsed(file)) started.push(start(card, file));
      }
      await Promise.allSettled(started);
    },
    async png(card) {
      const file = cardFile(cache, card);
      const started = rendering.get(file);
      if (!started) {
        const cached = readCachedCard(file);
        if (cached) return cached;
      }
      await (started ?? start(card, file));
      rendering.delete(file);
      // Gone already only if another build pruned the shared folder meanwhile: render it here instead.
      return readCachedCard(file) ?? renderCard(card);
    },
  };
}
