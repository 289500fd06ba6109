import { buildBriefing } from '../../src/briefing/views/briefing';
import type { ArticleInput, CitedSourceInput, FactInput } from '../../src/briefing/views/graph';
import { siteLinks } from '../../src/briefing/views/export/site-links';
import { articleData, block, citedData, factData } from '../support/content-builders';

/** Deployed under a base path, so every test also checks that addresses carry it. */
export const links = siteLinks('https://example.org', '/briefing/');

/** The synthetic briefing's parts, so tests can rebuild it from differently ordered input. */
export function syntheticInput(): { articles: ArticleInput[]; facts: FactInput[]; citedSources: CitedSourceInput[] } {
  return {
    articles: [
      {
        id: 'b',
        data: articleData({
          title: { status: 'stated', value: 'Alliance would weaken' },
          publisher: { status: 'stated', value: 'Example News' },
          byline: { status: 'stated', value: 'Example Desk' },
          published: { status: 'stated', value: '2026-01-27' },
          url: { status: 'stated', value: 'https://news.example.com/alliance' },
          language: { status: 'stated', value: 'en' },
          added: '2026-12-01',
          cites: ['outlet'],
        }),
        blocks: [block('p-1', ['election']), block('p-2', ['remarks', 'election']), block('p-台湾', ['diet'])],
      },
      {
        id: 'a',
        data: articleData({
          title: { status: 'not-stated' },
          publisher: { status: 'inferred', value: 'Guessed Outlet', reason: 'The byline credits a team of that name.' },
          published: {
            status: 'inferred',
            value: '2026-01-27',
            qualifier: 'on-or-after',
            reason: 'It embeds a post of that day.',
          },
        }),
        blocks: [block('p-x', ['remarks']), block('p-y', ['old']), block('p-z', ['remarks'])],
      },
    ],
    facts: [
      {
        id: 'remarks',
        data: factData({
          title: 'The remarks',
          kind: 'statement',
          date: { start: '2026-01-26', end: '2026-01-27' },
          related: ['election'],
          accounts: [
            {
              source: 'a',
              date: { asWritten: 'January 26', value: '2026-01-26' },
              setting: 'televised debate',
              numbers: [{ label: 'distance', asWritten: '110 km', value: 110, unit: 'km' }],
            },
            {
              source: 'b',
              date: { asWritten: 'on Tuesday', value: '2026-01-27', inferred: 'Tuesday before the publication date.' },
              setting: 'interview',
              review: 'drafted',
            },
          ],
        }),
      },
      {
        id: 'election',
        data: factData({
          title: 'The election',
          date: { start: '2026-02-08' },
          accounts: [
            {
              source: 'b',
              date: { asWritten: 'next month', value: '2026-02', inferred: 'The month after publication.' },
            },
          ],
        }),
      },
      { id: 'diet', data: factData({ title: 'Diet remarks', date: { start: '2025-11' } }) },
      { id: 'old', data: factData({ title: 'The old treaty', kind: 'context', date: { start: '1960' } }) },
      {
        id: 'papers',
        data: factData({ title: 'White papers', kind: 'context', date: { start: '2021', end: '2025' } }),
      },
      { id: 'undated', data: factData({ title: 'Undated context', kind: 'context' }) },
    ],
    citedSources: [
      {
        id: 'outlet',
        data: citedData({ citedBy: ['b'], appearsIn: ['b#p-2'], title: { status: 'stated', value: 'Cited title' } }),
      },
    ],
  };
}

/** A small briefing with two articles, dated facts at every precision, and a date the sources disagree on. */
export function syntheticGraph() {
  return buildBriefing(syntheticInput());
}
