import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFile, pruneCardCache, readCachedCard, writeCardFile, type CardCache } from '../../src/og/card-cache';
import { scratchFolder } from '../support/content-copy';

let folder: ReturnType<typeof scratchFolder>;
let cache: CardCache;
beforeEach(() => {
  folder = scratchFolder(mkdtempSync(join(tmpdir(), 'og-cache-')));
  cache = { dir: folder.path('og-cards'), renderer: 'renderer-a' };
});
afterEach(() => folder.remove());

const card = { kicker: 'Fact', title: 'A title', description: 'A summary.', footer: 'The briefing' };
const anHourAgo = () => new Date(Date.now() - 3_600_000);

describe('cardFile', () => {
  it('names a card by a sha256 of its words and renderer, inside the cache folder', () => {
    const file = cardFile(cache, card);
    expect(file.startsWith(cache.dir)).toBe(true);
    expect(basename(file)).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(cardFile(cache, { ...card })).toBe(file);
  });

  it('gives another file when any of the words changes', () => {
    const files = new Set([
      cardFile(cache, card),
      cardFile(cache, { ...card, kicker: 'Source article' }),
      cardFile(cache, { ...card, title: 'Another title' }),
      cardFile(cache, { ...card, description: 'Another summary.' }),
      cardFile(cache, { ...card, footer: 'Another footer' }),
      cardFile(cache, { kicker: card.kicker, title: card.title }),
    ]);
    expect(files.size).toBe(6);
  });

  it('gives another file when the renderer changes', () => {
    expect(cardFile({ ...cache, renderer: 'renderer-b' }, card)).not.toBe(cardFile(cache, card));
  });

  it('does not depend on the order the card was put together in', () => {
    const reordered = { footer: card.footer, description: card.description, title: card.title, kicker: card.kicker };
    expect(cardFile(cache, reordered)).toBe(cardFile(cache, card));
  });

  it('does not let one field run into the next', () => {
    expect(cardFile(cache, { kicker: 'A', title: 'B C' })).not.toBe(cardFile(cache, { kicker: 'A B', title: 'C' }));
  });
});

describe('writeCardFile and readCachedCard', () => {
  it('reads back the bytes written, and nothing for a card never written', () => {
    const file = cardFile(cache, card);
    expect(readCachedCard(file)).toBeUndefined();
    writeCardFile(file, new Uint8Array([137, 80, 78, 71]));
    expect([...(readCachedCard(file) ?? [])]).toEqual([137, 80, 78, 71]);
    // Only the finished file: no temporary file is left next to it.
    expect(readdirSync(cache.dir)).toEqual([basename(file)]);
  });

  it('marks a card as used when it is read', () => {
    const file = cardFile(cache, card);
    writeCardFile(file, new Uint8Array([1]));
    utimesSync(file, anHourAgo(), anHourAgo());
    const before = Date.now() - 1_000;
    readCachedCard(file);
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(before);
  });

  it('replaces a file whole', () => {
    const file = cardFile(cache, card);
    writeCardFile(file, new Uint8Array(10_000).fill(1));
    writeCardFile(file, new Uint8Array([2, 2]));
    expect([...readFileSync(file)]).toEqual([2, 2]);
  });
});

describe('pruneCardCache', () => {
  it('removes the cards a build neither rendered nor read, and temporary files of killed builds', () => {
    mkdirSync(cache.dir, { recursive: true });
    const used = cardFile(cache, card);
    const unused = cardFile(cache, { ...card, title: 'A title that changed' });
    const partial = `${unused}.123-1.partial`;
    for (const file of [used, unused, partial]) {
      writeFileSync(file, 'x');
      utimesSync(file, anHourAgo(), anHourAgo());
    }
    const buildStarted = Date.now() - 60_000;
    readCachedCard(used);
    const rendered = cardFile(cache, { ...card, title: 'A new title' });
    writeCardFile(rendered, new Uint8Array([1]));

    expect(pruneCardCache(cache.dir, buildStarted)).toBe(2);
    expect(readdirSync(cache.dir).sort()).toEqual([basename(used), basename(rendered)].sort());
  });

  it('does nothing when there is no cache yet', () => {
    expect(pruneCardCache(folder.path('no-such-folder'), Date.now())).toBe(0);
    expect(existsSync(folder.path('no-such-folder'))).toBe(false);
  });
});
