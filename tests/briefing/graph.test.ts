import { describe, expect, it } from 'vitest';
import { buildFactGraph } from '../../src/briefing/views/graph';
import { articleData, block, citedData, factData } from '../support/content-builders';

const graph = buildFactGraph({
  articles: [
    {
      id: 'b',
      data: articleData({ cites: ['outlet'] }),
      blocks: [block('p-1', ['election']), block('p-2', ['remarks', 'election'])],
    },
    { id: 'a', data: articleData(), blocks: [block('p-x', ['remarks']), block('p-y')] },
  ],
  facts: [
    {
      id: 'remarks',
      data: factData({
        date: { start: '2026-01-26', end: '2026-01-27' },
        accounts: [
          { source: 'a', date: { asWritten: 'January 26', value: '2026-01-26' } },
          {
            source: 'b',
            date: { asWritten: 'on Tuesday', value: '2026-01-27', inferred: 'Tuesday before the publication date.' },
          },
        ],
      }),
    },
    {
      id: 'election',
      data: factData({
        date: { start: '2026-02-08' },
        accounts: [
          { source: 'a', date: { asWritten: 'February 8', value: '2026-02-08' } },
          {
            source: 'b',
            date: { asWritten: 'next month', value: '2026-02', inferred: 'The month after publication.' },
          },
        ],
      }),
    },
    { id: 'old', data: factData({ date: { start: '1960' } }) },
    { id: 'undated', data: factData() },
  ],
  citedSources: [{ id: 'outlet', data: citedData({ citedBy: ['b'] }) }],
});

describe('buildFactGraph', () => {
  it('collects every passage mentioning a fact, in article then document order', () => {
    expect(graph.backlinks.get('remarks')?.map((l) => `${l.articleId}#${l.blockId}`)).toEqual(['a#p-x', 'b#p-2']);
    expect(graph.backlinks.get('election')?.map((l) => `${l.articleId}#${l.blockId}`)).toEqual(['b#p-1', 'b#p-2']);
    expect(graph.backlinks.get('undated')).toEqual([]);
  });

  it('lists the facts of each article in order of first mention, once each', () => {
    expect(graph.factsByArticle.get('b')).toEqual(['election', 'remarks']);
    expect(graph.factsByArticle.get('a')).toEqual(['remarks']);
  });

  it('puts dated facts on the timeline in order, leaving undated ones off', () => {
    expect(graph.timeline.map((e) => e.factId)).toEqual(['old', 'remarks', 'election']);
    expect(graph.timeline.map((e) => e.precision)).toEqual(['year', 'day', 'day']);
  });

  it('shows both dates where sources disagree, but not where one is only less precise', () => {
    const remarks = graph.timeline.find((e) => e.factId === 'remarks');
    expect(remarks?.conflictingDates.map((d) => [d.source, d.value])).toEqual([
      ['a', '2026-01-26'],
      ['b', '2026-01-27'],
    ]);
    expect(graph.timeline.find((e) => e.factId === 'election')?.conflictingDates).toEqual([]);
  });

  it('records the sources behind each timeline entry', () => {
    expect(graph.timeline.find((e) => e.factId === 'remarks')?.sources).toEqual(['a', 'b']);
    expect(graph.timeline.find((e) => e.factId === 'old')?.sources).toEqual([]);
  });

  it('reverses citations and looks paragraphs up by reference', () => {
    expect(graph.citingArticles.get('outlet')).toEqual(['b']);
    expect(graph.block('b#p-2')?.mentions).toEqual(['remarks', 'election']);
    expect(graph.block('b#p-9')).toBeUndefined();
  });
});
