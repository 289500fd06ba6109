import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFile } from '../../src/og/card-cache';
import { cardThreads, createCardPool } from '../../src/og/card-pool';
import { renderCard } from '../../src/og/render-card';
import { projectRoot, scratchFolder } from '../support/content-copy';

describe('cardThreads', () => {
  it('uses every core the process may use unless told otherwise', () => {
    expect(cardThreads({})).toBe(availableParallelism());
    expect(cardThreads({ BRIEFING_CARD_THREADS: '' })).toBe(availableParallelism());
    expect(cardThreads({ BRIEFING_CARD_THREADS: '3' })).toBe(3);
  });

  it.each(['0', '-2', '1.5', 'many'])('refuses BRIEFING_CARD_THREADS=%s with what to set instead', (value) => {
    expect(() => cardThreads({ BRIEFING_CARD_THREADS: value })).toThrow(
      /BRIEFING_CARD_THREADS is ".*": set it to a whole number of threads/,
    );
  });
});

// The worker as written (TypeScript, run through tsx); the build runs the same module bundled.
const pool = createCardPool(pathToFileURL(join(projectRoot, 'src/og/card-worker.ts')).href, {
  threads: 2,
  execArgv: ['--import', 'tsx'],
});
afterAll(() => pool.destroy());

let folder: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  folder = scratchFolder(mkdtempSync(join(tmpdir(), 'og-pool-')));
});
afterEach(() => folder.remove());

describe('createCardPool', { timeout: 60_000 }, () => {
  it('renders on worker threads the same bytes as this thread, into the cache file', async () => {
    const cache = { dir: folder.path('og-cards'), renderer: 'test' };
    const cards = [
      {
        kicker: 'Fact',
        title: 'Takaichi’s televised remarks on the alliance',
        description: 'What the prime minister said.',
        footer: 'The briefing',
      },
      { kicker: '事実', title: '高市早苗首相、台湾有事で「日米同盟は崩壊する」' },
      { kicker: 'Timeline', title: 'Timeline' },
    ];
    await Promise.all(cards.map((card) => pool.render({ card, file: cardFile(cache, card) })));
    for (const card of cards) {
      const fromPool = readFileSync(cardFile(cache, card));
      expect(fromPool.equals(Buffer.from(await renderCard(card)))).toBe(true);
    }
  });

  it('passes a failure in a thread back to the caller', async () => {
    await expect(pool.render({ card: { kicker: 'Fact', title: ' ' }, file: folder.path('empty.png') })).rejects.toThrow(
      'non-empty title',
    );
  });
});
