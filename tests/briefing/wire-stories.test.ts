import { describe, expect, it } from 'vitest';
import { storyOf, wireStories } from '../../src/briefing/views/wire-stories';
import { articleData, block } from '../support/content-builders';

const copy = [
  'The ministry said on Tuesday that the harbour agreement would be signed before the end of the month.',
  'Officials from both governments are expected to meet in the capital to settle the remaining questions.',
  'Critics of the deal have said that it gives too much control of the port to a foreign operator.',
];
const article = (id: string, published: string, paragraphs: string[]) => ({
  id,
  data: articleData({ published: { status: 'stated', value: published } }),
  blocks: paragraphs.map((text, i) => block(`p-${i}`, [], text)),
});

describe('wireStories', () => {
  it('makes one story of outlets carrying the same copy, led by the first published', () => {
    const stories = wireStories([
      article('outlet-b', '2026-03-04', [
        ...copy.slice(0, 2),
        'A paragraph this outlet added about the local reaction to the agreement.',
      ]),
      article('wire', '2026-03-03', copy),
      article('outlet-c', '2026-03-05', copy.slice(1)),
      article('own-report', '2026-03-04', [
        'A reporter’s own account of the talks, written in other words entirely.',
        'Another paragraph of the reporter’s own, with nothing copied from the wire.',
      ]),
    ]);
    expect(stories).toEqual([
      { lead: 'wire', carriers: ['outlet-b', 'outlet-c'] },
      { lead: 'own-report', carriers: [] },
    ]);
    expect(storyOf(stories).get('outlet-c')?.lead).toBe('wire');
  });

  it('does not join articles that share one quotation', () => {
    const stories = wireStories([
      article('a', '2026-03-03', copy),
      article('b', '2026-03-03', [
        copy[0] ?? '',
        'Something else again, said in this outlet’s own words and no one else’s.',
        'And a third paragraph that belongs to this report alone, not to the wire.',
      ]),
    ]);
    expect(stories).toHaveLength(2);
  });
});
