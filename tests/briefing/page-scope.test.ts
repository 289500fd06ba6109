import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/views/briefing';
import type { ArticleInput, FactInput } from '../../src/briefing/views/graph';
import { pageCacheKeys } from '../../src/briefing/views/page-scope';
import { valueDigest } from '../../src/briefing/views/value-digest';
import { articleData, block, factData } from '../support/content-builders';

/**
 * A page's cache key changes exactly when something the page shows changes: twenty sources in reading
 * order (a page names the one before and the one after it), two facts, each edit made to fresh content as
 * an editor would.
 */
interface Content {
  /**
   * Publisher (hence label) and headline of each source, by index; source i is published on 2026-03-(i+1)
   * unless it says otherwise, and mentions what it says or else (source 0) the ferry, (source 10) the bridge.
   */
  sources: Array<{ publisher: string; title: string; published?: string; mentions?: string[] }>;
  facts: Record<'ferry' | 'bridge', { title: string; summary: string }>;
}

const initial = (): Content => ({
  sources: Array.from({ length: 20 }, (_, i) => ({ publisher: `Outlet ${i}`, title: `Headline number ${i}` })),
  facts: {
    ferry: { title: 'The ferry route opens', summary: 'A ferry route opens to passengers.' },
    bridge: { title: 'The bridge closes', summary: 'The old bridge closes for repairs.' },
  },
});

const id = (i: number) => `source-${i}`;

function keysOf(content: Content, only: 'entries' | 'whole' = 'entries'): Map<string, string> {
  const articles: ArticleInput[] = content.sources.map((source, i) => ({
    id: id(i),
    data: articleData({
      title: { status: 'stated', value: source.title },
      publisher: { status: 'stated', value: source.publisher },
      published: { status: 'stated', value: source.published ?? `2026-03-${String(i + 1).padStart(2, '0')}` },
      original: `${i}.txt`,
    }),
    blocks: [block('p-1', source.mentions ?? (i === 0 ? ['ferry'] : i === 10 ? ['bridge'] : []))],
  }));
  const facts: FactInput[] = (['ferry', 'bridge'] as const).map((factId) => ({
    id: factId,
    data: factData({
      ...content.facts[factId],
      accounts: [{ source: factId === 'ferry' ? id(0) : id(10), setting: 'a statement' }],
    }),
  }));
  const briefing = buildBriefing({ articles, facts, citedSources: [] });
  const keys = pageCacheKeys({
    briefing,
    settings: { title: 'A story', tagline: 'A · story', language: 'en-GB', sourceLanguages: ['en'] },
    framing: new Map(),
    articleDigest: (articleId) => valueDigest(articles.find((article) => article.id === articleId)),
    meta: (path) => ({ path }),
    // Stands in for the loader's digest of every content file.
    contentDigest: valueDigest(content),
  });
  if (only === 'whole')
    return new Map(['/', '/sources/', '/updates.xml'].map((path) => [`whole ${path}`, keys.whole(path)]));
  return new Map([
    ...articles.map((article) => [`article ${article.id}`, keys.article(article.id)] as const),
    ...facts.map((fact) => [`fact ${fact.id}`, keys.fact(fact.id)] as const),
  ]);
}

/** The pages whose key differs after `edit`, made to a fresh copy of the initial content. */
function changedBy(edit: (content: Content) => void, only: 'entries' | 'whole' = 'entries'): string[] {
  const before = keysOf(initial(), only);
  const content = initial();
  edit(content);
  const after = keysOf(content, only);
  return [...before].filter(([page, key]) => after.get(page) !== key).map(([page]) => page);
}

describe('page cache keys', () => {
  it('are the same for the same content', () => {
    expect(changedBy(() => undefined)).toEqual([]);
  });

  it('change for the pages that show a renamed label, and only those', () => {
    // Source 10's label is on its own page, its neighbours' pages, and the fact page of its account.
    expect(
      changedBy((content) => (content.sources[10] = { ...content.sources[10]!, publisher: 'Renamed Outlet' })),
    ).toEqual([...[9, 10, 11].map((i) => `article ${id(i)}`), 'fact bridge']);
  });

  it('change, when a source is added, for its neighbours and the facts it mentions, and no other page', () => {
    // Published the day source 4 was, the new source (source-20 by id) comes between sources 3 and 4.
    const added = { publisher: 'New Outlet', title: 'A late story', published: '2026-03-05', mentions: ['bridge'] };
    expect(changedBy((content) => content.sources.push(added))).toEqual([
      `article ${id(3)}`,
      `article ${id(4)}`,
      'fact bridge',
    ]);
  });

  it('change for the neighbours of a source whose headline changed', () => {
    const changed = changedBy((content) => (content.sources[0] = { ...content.sources[0]!, title: 'A new headline' }));
    expect(changed).toContain(`article ${id(1)}`);
    expect(changed).not.toContain(`article ${id(19)}`);
    expect(changed).not.toContain('fact bridge');
  });

  it('change for the fact page alone when a fact summary changes', () => {
    expect(
      changedBy((content) => (content.facts.ferry.summary = 'A ferry route opens to passengers in spring.')),
    ).toEqual(['fact ferry']);
  });

  it('change for the articles that list a fact whose title changed', () => {
    expect(changedBy((content) => (content.facts.bridge.title = 'The old bridge closes'))).toEqual([
      `article ${id(10)}`,
      'fact bridge',
    ]);
  });

  it('change for every page made from the whole briefing when any content changes, and differ by page', () => {
    const whole = ['whole /', 'whole /sources/', 'whole /updates.xml'];
    expect(changedBy(() => undefined, 'whole')).toEqual([]);
    expect(changedBy((content) => (content.facts.ferry.summary = 'A ferry route opens in spring.'), 'whole')).toEqual(
      whole,
    );
    expect(
      changedBy((content) => content.sources.push({ publisher: 'Outlet 20', title: 'A new one' }), 'whole'),
    ).toEqual(whole);
    expect(new Set(keysOf(initial(), 'whole').values()).size).toBe(3);
  });
});

describe('valueDigest', () => {
  it('does not depend on the order of object keys, but on the order of lists', () => {
    expect(valueDigest({ a: 1, b: [1, 2] })).toBe(valueDigest({ b: [1, 2], a: 1 }));
    expect(valueDigest({ a: 1, b: [1, 2] })).not.toBe(valueDigest({ a: 1, b: [2, 1] }));
    expect(valueDigest(new Map([['x', new Set([1])]]))).not.toBe(valueDigest(new Map([['x', new Set([2])]])));
    expect(valueDigest({ a: undefined })).toBe(valueDigest({}));
  });

  it('refuses what is not data', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => valueDigest(loop)).toThrow(/contains itself/);
    expect(() => valueDigest({ f: () => 1 })).toThrow(/function is not data/);
  });
});
