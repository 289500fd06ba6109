import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFile, pruneCardCache, writeCardFile, type CardCache } from '../../src/og/card-cache';
import { createCardRenderer } from '../../src/og/card-renderer';
import type { CardTask } from '../../src/og/card-task';
import { renderCard } from '../../src/og/render-card';
import { scratchFolder } from '../support/content-copy';

let folder: ReturnType<typeof scratchFolder>;
let cache: CardCache;
beforeEach(() => {
  folder = scratchFolder(mkdtempSync(join(tmpdir(), 'og-renderer-')));
  cache = { dir: folder.path('og-cards'), renderer: 'test-renderer' };
});
afterEach(() => folder.remove());

const cards = ['Timeline', 'Facts', 'Sources'].map((title) => ({ kicker: 'Page', title }));

/**
 * A stand-in for the worker pool: writes the card's title as its "PNG", records every task, and lets the
 * test decide when each render finishes or fails.
 */
function recordingRenderer() {
  const tasks: CardTask[] = [];
  const finish: Array<() => void> = [];
  const fail: Array<(error: Error) => void> = [];
  const render = (task: CardTask) =>
    new Promise<void>((resolve, reject) => {
      tasks.push(task);
      finish.push(() => {
        writeCardFile(task.file, new TextEncoder().encode(task.card.title));
        resolve();
      });
      fail.push(reject);
    });
  return {
    render,
    tasks,
    finishAll: () => finish.splice(0).forEach((done) => done()),
    failFirst: (error: Error) => fail.shift()?.(error),
  };
}

const text = (png: Uint8Array) => new TextDecoder().decode(png);

describe('createCardRenderer', () => {
  it('marks the cached cards it is given as used, so that pruning after the build keeps them though no page reads them', async () => {
    const pool = recordingRenderer();
    const file = cardFile(cache, cards[1]);
    writeCardFile(file, new TextEncoder().encode('cached'));
    const long = new Date(Date.now() - 3_600_000);
    utimesSync(file, long, long);
    const buildStarted = Date.now() - 1000;
    void createCardRenderer(cache, pool.render).prefetch(cards);
    pool.finishAll();
    // The page of that card is restored from the last build by Astro: its card is never read.
    expect(pruneCardCache(cache.dir, buildStarted)).toBe(0);
    expect(readdirSync(cache.dir).sort()).toEqual(cards.map((card) => cardFile(cache, card).split('/').at(-1)).sort());
  });

  it('starts every uncached card on prefetch and renders none of them again when its page asks', async () => {
    const pool = recordingRenderer();
    writeCardFile(cardFile(cache, cards[1]), new TextEncoder().encode('cached'));
    const renderer = createCardRenderer(cache, pool.render);
    void renderer.prefetch(cards);
    expect(pool.tasks.map((task) => task.card.title)).toEqual(['Timeline', 'Sources']);
    expect(pool.tasks.map((task) => task.file)).toEqual([cardFile(cache, cards[0]), cardFile(cache, cards[2])]);

    const pngs = Promise.all(cards.map((card) => renderer.png(card)));
    pool.finishAll();
    expect((await pngs).map(text)).toEqual(['Timeline', 'cached', 'Sources']);
    expect(pool.tasks).toHaveLength(2);
  });

  it('tells when every card it started has finished or failed', async () => {
    const pool = recordingRenderer();
    const renderer = createCardRenderer(cache, pool.render);
    let settled = false;
    const prefetched = renderer.prefetch(cards).then(() => {
      settled = true;
    });
    pool.failFirst(new Error('thread crashed'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    pool.finishAll();
    await prefetched;
    expect(settled).toBe(true);
  });

  it('renders a card asked for twice at the same time once', async () => {
    const pool = recordingRenderer();
    const renderer = createCardRenderer(cache, pool.render);
    const both = Promise.all([renderer.png(cards[0]), renderer.png({ ...cards[0] })]);
    pool.finishAll();
    expect((await both).map(text)).toEqual(['Timeline', 'Timeline']);
    expect(pool.tasks).toHaveLength(1);
  });

  it('serves a card rendered by an earlier build from the cache', async () => {
    const first = recordingRenderer();
    const rendering = createCardRenderer(cache, first.render).png(cards[0]);
    first.finishAll();
    await rendering;

    const second = recordingRenderer();
    expect(text(await createCardRenderer(cache, second.render).png(cards[0]))).toBe('Timeline');
    expect(second.tasks).toHaveLength(0);
  });

  it('reports a failed render to the page that needs it, not as an unhandled rejection on prefetch', async () => {
    const pool = recordingRenderer();
    const renderer = createCardRenderer(cache, pool.render);
    void renderer.prefetch([cards[0]]);
    pool.failFirst(new TypeError('A preview card needs a non-empty title'));
    // Give an unhandled rejection the chance to surface before the page asks.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(renderer.png(cards[0])).rejects.toThrow('non-empty title');
  });

  it('renders in this thread by default and caches the result', async () => {
    const card = { kicker: 'Fact', title: 'The 1960 US–Japan security treaty' };
    const png = await createCardRenderer(cache).png(card);
    expect(Buffer.from(png).equals(Buffer.from(await renderCard(card)))).toBe(true);
    expect(readdirSync(cache.dir)).toHaveLength(1);
  }, 30_000);
});
