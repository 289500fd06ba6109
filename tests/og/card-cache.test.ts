import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCard } from '../../src/og/card-cache';
import { projectRoot } from '../support/content-copy';

let cache: string;
const previous = process.env.BRIEFING_CACHE_DIR;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
  process.env.BRIEFING_CACHE_DIR = cache;
});
afterEach(() => {
  rmSync(cache, { recursive: true, force: true });
  if (previous === undefined) delete process.env.BRIEFING_CACHE_DIR;
  else process.env.BRIEFING_CACHE_DIR = previous;
});

describe('cachedCard', () => {
  it('renders a card once and serves the same bytes from the cache after', async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return new Uint8Array([1, 2, renders]);
    };
    const card = { kicker: 'Fact', title: 'A title' };
    const first = await cachedCard(card, render, projectRoot);
    const second = await cachedCard(card, render, projectRoot);
    expect(renders).toBe(1);
    expect(second).toEqual(first);
    expect(readdirSync(join(cache, 'og-cards'))).toHaveLength(1);
  });

  it('renders again when any text of the card changes', async () => {
    let renders = 0;
    const render = async () => new Uint8Array([++renders]);
    await cachedCard({ kicker: 'Fact', title: 'A title' }, render, projectRoot);
    await cachedCard({ kicker: 'Fact', title: 'A title', description: 'More' }, render, projectRoot);
    expect(renders).toBe(2);
  });
});
