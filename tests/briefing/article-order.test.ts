import { describe, expect, it } from 'vitest';
import { articleSequence, neighbours } from '../../src/briefing/views/article-order';
import { articleData } from '../support/content-builders';

const article = (id: string, published: unknown, added = '2026-11-22') => ({
  id,
  data: articleData({ published, added }),
});

describe('articleSequence', () => {
  it('orders by publication date, inferred dates included, undated sources last, then by added day and id', () => {
    const sequence = articleSequence([
      article('undated', { status: 'not-stated' }),
      article('late', { status: 'stated', value: '2026-02-01' }),
      article('guessed', {
        status: 'inferred',
        value: '2026-01-10',
        reason: 'Counted from a dated post it embeds.',
        qualifier: 'on-or-after',
      }),
      article('b-same-day', { status: 'stated', value: '2026-01-20' }),
      article('a-same-day', { status: 'stated', value: '2026-01-20' }),
      article('same-day-added-earlier', { status: 'stated', value: '2026-01-20' }, '2026-11-01'),
    ]);
    expect(sequence).toEqual(['guessed', 'same-day-added-earlier', 'a-same-day', 'b-same-day', 'late', 'undated']);
  });
});

describe('neighbours', () => {
  it('gives the sources before and after, none past either end', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a'], 'a')).toEqual({ previous: undefined, next: undefined });
  });

  it('refuses an id that is not in the sequence', () => {
    expect(() => neighbours(['a'], 'z')).toThrow(/"z" is not in the sequence/);
  });
});
