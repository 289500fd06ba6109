import { describe, expect, it } from 'vitest';
import type { ArticleInput, FactInput } from '../../src/briefing/views/graph';
import type { DraftFor } from '../../src/drafting/complete-accounts';
import { cachedDrafting, type DraftCache } from '../../src/loader/draft-cache';
import type { Account } from '../../src/schemas/fact';
import { articleData, block, factData } from '../support/content-builders';

/** A draft cache in memory, and a drafter that counts its calls. */
function setUp() {
  const stored = new Map<string, Account | null>();
  const cache: DraftCache = { get: (key) => stored.get(key), set: (key, value) => void stored.set(key, value) };
  const calls: string[] = [];
  const draft: DraftFor = (fact, article) => {
    calls.push(`${fact.id}/${article.id}`);
    return article.id === 'silent'
      ? undefined
      : ({ source: article.id, setting: `drafted for ${fact.data.title}`, review: 'drafted' } as Account);
  };
  return { cache, calls, draft };
}

const article = (id: string): ArticleInput => ({ id, data: articleData(), blocks: [block('p-1', ['ferry'])] });
const fact = (title: string): FactInput => ({ id: 'ferry', data: factData({ title }) });
const passages = [{ blockId: 'p-1', text: 'Text of p-1.' }];

describe('cachedDrafting', () => {
  it('drafts an unchanged fact and article once, and gives the same account back', () => {
    const { cache, calls, draft } = setUp();
    const digests = new Map([['wire', 'digest-1']]);
    const first = cachedDrafting(draft, cache, (id) => digests.get(id))(fact('The ferry'), article('wire'), passages);
    const second = cachedDrafting(draft, cache, (id) => digests.get(id))(fact('The ferry'), article('wire'), passages);
    expect(calls).toEqual(['ferry/wire']);
    expect(second).toEqual(first);
    expect(second?.setting).toBe('drafted for The ferry');
  });

  it('remembers that there was nothing to draft', () => {
    const { cache, calls, draft } = setUp();
    const drafting = cachedDrafting(draft, cache, () => 'digest-1');
    expect(drafting(fact('The ferry'), article('silent'), passages)).toBeUndefined();
    expect(drafting(fact('The ferry'), article('silent'), passages)).toBeUndefined();
    expect(calls).toEqual(['ferry/silent']);
  });

  it('drafts again when the fact’s file or the article changed', () => {
    const { cache, calls, draft } = setUp();
    const digests = new Map([['wire', 'digest-1']]);
    const drafting = cachedDrafting(draft, cache, (id) => digests.get(id));
    drafting(fact('The ferry'), article('wire'), passages);
    expect(drafting(fact('The new ferry'), article('wire'), passages)?.setting).toBe('drafted for The new ferry');
    digests.set('wire', 'digest-2');
    drafting(fact('The new ferry'), article('wire'), passages);
    expect(calls).toEqual(['ferry/wire', 'ferry/wire', 'ferry/wire']);
  });
});
