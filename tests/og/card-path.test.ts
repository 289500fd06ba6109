import { describe, expect, it } from 'vitest';
import { cardPathFor } from '../../src/og/card-path';

describe('cardPathFor', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/timeline/', '/og/timeline.png'],
    ['/timeline', '/og/timeline.png'],
    ['/facts/tv-remarks/', '/og/facts/tv-remarks.png'],
    ['/articles/alliance-would-weaken/', '/og/articles/alliance-would-weaken.png'],
    ['/facts/tv-remarks/index.html', '/og/facts/tv-remarks.png'],
    ['/timeline.html', '/og/timeline.png'],
    ['/index.html', '/og/index.png'],
    ['/facts/tv-remarks/?ref=feed', '/og/facts/tv-remarks.png'],
    ['/facts/tv-remarks/#sources', '/og/facts/tv-remarks.png'],
    ['//facts//tv-remarks//', '/og/facts/tv-remarks.png'],
  ])('maps %s to %s', (pagePath, expected) => {
    expect(cardPathFor(pagePath)).toBe(expected);
  });

  it.each(['facts/tv-remarks/', '', 'https://example.com/facts/', '/facts/../secrets/', '/./timeline/'])(
    'rejects %j, which is not a normalised site path',
    (pagePath) => {
      expect(() => cardPathFor(pagePath)).toThrow(TypeError);
    },
  );
});
