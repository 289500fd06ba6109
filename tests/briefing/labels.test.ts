import { describe, expect, it } from 'vitest';
import { articleHeadline, paragraphNumber, sourceLabel, sourceLabels } from '../../src/briefing/views/labels';
import { articleData, block } from '../support/content-builders';

describe('sourceLabel', () => {
  it('prefers the publisher, stated or inferred', () => {
    expect(
      sourceLabel({
        data: articleData({
          publisher: { status: 'inferred', value: 'Global Leaders Insights', reason: 'From the byline team name.' },
        }),
      }),
    ).toBe('Global Leaders Insights');
  });
  it('then the host of a stated address', () => {
    expect(
      sourceLabel({ data: articleData({ url: { status: 'stated', value: 'https://www.example.org/a/b' } }) }),
    ).toBe('example.org');
  });
  it('then a shortened headline', () => {
    expect(
      sourceLabel({
        data: articleData({
          title: { status: 'stated', value: 'Takaichi Warns Japan-US Alliance Could Collapse Over Taiwan' },
        }),
      }),
    ).toBe('Takaichi Warns Japan-US Alliance Could…');
  });
  it('then its opening words in quotation marks, cut at a word boundary', () => {
    const untitled = articleData({ title: { status: 'not-stated' } });
    const opening = block('p-a', [], 'Japanese Prime Minister Sanae Takaichi issued a stark warning on Monday.');
    expect(sourceLabel({ data: untitled, blocks: [opening] })).toBe('“Japanese Prime Minister…”');
    expect(sourceLabel({ data: untitled, blocks: [block('p-b', [], 'Short opening.')] })).toBe('“Short opening.”');
  });
  it('and says so when nothing is known', () => {
    expect(sourceLabel({ data: articleData({ title: { status: 'not-stated' } }) })).toBe('Unattributed article');
  });
});

describe('articleHeadline', () => {
  it('quotes the opening words when the source states no title, and says it is not stated', () => {
    const article = {
      data: articleData({ title: { status: 'not-stated' } }),
      blocks: [
        block('p-1', [], 'Japanese Prime Minister Sanae Takaichi issued a stark warning that the alliance would fail.'),
      ],
    };
    expect(articleHeadline(article)).toEqual({
      text: 'Untitled article: “Japanese Prime Minister Sanae Takaichi issued a stark warning that…”',
      stated: false,
    });
  });
});

describe('paragraphNumber', () => {
  it('counts paragraphs and list items, not headings', () => {
    const blocks = [block('p-1'), { ...block('h'), kind: 'heading' as const }, block('p-2')];
    expect(paragraphNumber(blocks, 'p-2')).toBe(2);
    expect(paragraphNumber(blocks, 'nope')).toBeUndefined();
  });
});

describe('sourceLabels', () => {
  const jiji = (id: string, title: string, published: string) => ({
    id,
    data: articleData({
      publisher: { status: 'stated', value: 'Jiji Press (via nippon.com)' },
      title: { status: 'stated', value: title },
      published: { status: 'stated', value: published },
    }),
  });
  it('keeps the short label where it is the only one', () => {
    const { labels, alike } = sourceLabels([
      jiji('a', 'Ministers meet', '2026-01-28'),
      { id: 'b', data: articleData({ publisher: { status: 'stated', value: 'Wire Desk' } }) },
    ]);
    expect([...labels.values()].sort()).toEqual(['Jiji Press (via nippon.com)', 'Wire Desk']);
    expect(alike).toEqual([]);
  });
  it('adds the date where the publisher repeats', () => {
    const { labels } = sourceLabels([
      jiji('a', 'Ministers meet', '2026-01-28'),
      jiji('b', 'Beijing protests', '2026-01-29'),
    ]);
    expect(labels.get('a')).toBe('Jiji Press (via nippon.com), 28 January 2026');
    expect(labels.get('b')).toBe('Jiji Press (via nippon.com), 29 January 2026');
  });
  it('adds the headline where the dates are the same', () => {
    const { labels } = sourceLabels([
      jiji('a', 'Ministers meet', '2026-01-28'),
      jiji('b', 'Beijing protests', '2026-01-28'),
      jiji('c', 'Vote count begins', '2026-01-29'),
    ]);
    expect(new Set(labels.values()).size).toBe(3);
    expect(labels.get('b')).toBe('Jiji Press (via nippon.com): Beijing protests');
  });
  it('tells identical sources apart by id, and says they are alike', () => {
    const { labels, alike } = sourceLabels([
      jiji('a', 'Ministers meet', '2026-01-28'),
      jiji('b', 'Ministers meet', '2026-01-28'),
    ]);
    expect(new Set(labels.values()).size).toBe(2);
    expect(alike).toEqual([['a', 'b']]);
  });
});

describe('the labels the pages show (Briefing.label)', () => {
  it('are unique: two sources of one publisher are told apart by date', async () => {
    const { buildBriefing } = await import('../../src/briefing/views/briefing');
    const wire = (id: string, published: string) => ({
      id,
      data: articleData({
        publisher: { status: 'stated', value: 'Harbour Wire' },
        published: { status: 'stated', value: published },
      }),
      blocks: [block('p-1', [])],
    });
    const briefing = buildBriefing({
      articles: [wire('first', '2026-01-28'), wire('second', '2026-01-29')],
      facts: [],
      citedSources: [],
    });
    expect(briefing.label('first')).toBe('Harbour Wire, 28 January 2026');
    expect(briefing.label('second')).toBe('Harbour Wire, 29 January 2026');
  });
});
