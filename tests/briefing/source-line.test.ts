import { describe, expect, it } from 'vitest';
import { provenanceCounts, sourceLine } from '../../src/briefing/views/source-line';
import { articleData } from '../support/content-builders';

describe('sourceLine', () => {
  it('gives a stated publisher and date as they are', () => {
    const data = articleData({
      publisher: { status: 'stated', value: 'Example News' },
      published: { status: 'stated', value: '2026-01-27' },
    });
    expect(sourceLine(data)).toEqual([
      { field: 'publisher', status: 'stated', text: 'Example News' },
      { field: 'published', status: 'stated', text: '27 January 2026' },
    ]);
  });

  it('keeps an inferred value marked inferred, with its bound, and says what is not stated', () => {
    const data = articleData({
      publisher: { status: 'not-stated' },
      published: {
        status: 'inferred',
        value: '2026-01-27',
        reason: 'It embeds a post dated that day.',
        qualifier: 'on-or-after',
      },
    });
    expect(sourceLine(data)).toEqual([
      { field: 'publisher', status: 'not-stated', text: 'Publisher not stated' },
      { field: 'published', status: 'inferred', text: 'on or after 27 January 2026' },
    ]);
  });
});

describe('provenanceCounts', () => {
  it('counts the inferred and unstated fields of the source', () => {
    // The builder's defaults: publisher, byline and address not stated, language inferred.
    expect(provenanceCounts(articleData())).toEqual({ inferred: 1, notStated: 3 });
  });
});
