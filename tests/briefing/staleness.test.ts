import { describe, expect, it } from 'vitest';
import { addedSinceId, handCountedSources, staleness } from '../../src/briefing/views/staleness';

describe('staleness', () => {
  it('counts what a text was written from against the sources it concerns now', () => {
    expect(staleness(['a', 'gone'], ['a', 'b', 'c'])).toEqual({ writtenFrom: ['a'], total: 3, addedSince: ['b', 'c'] });
    expect(staleness(undefined, ['a'])).toBeUndefined();
  });
});

describe('addedSinceId', () => {
  it('names the list of one text on the sources page', () => {
    expect([
      addedSinceId({ kind: 'analysis', id: 'snapshot' }),
      addedSinceId({ kind: 'summary', id: 'tv-remarks' }),
    ]).toEqual(['added-since-analysis-snapshot', 'added-since-summary-tv-remarks']);
  });
});

describe('handCountedSources', () => {
  it('finds counts of sources written by hand, each once', () => {
    expect(
      handCountedSources(
        'Two sources report it. Both sources agree; one source says Monday, 12 of the sources Tuesday. Two sources again.',
      ),
    ).toEqual(['Two sources', 'Both sources', 'one source', '12 of the sources']);
  });
  it('leaves sources that are not counted alone', () => {
    expect(
      handCountedSources('The sources differ. Some sources say Monday; the source of the claim is unclear.'),
    ).toEqual([]);
  });
});
