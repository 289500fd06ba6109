import { describe, expect, it } from 'vitest';
import { buildBriefing, comparisonOf } from '../../src/briefing/views/briefing';
import type { ArticleInput, FactInput } from '../../src/briefing/views/graph';
import { articleData, block, factData } from '../support/content-builders';

// Wire copy in our own words: two outlets run the same three paragraphs, a third reports on its own.
const wireCopy = [
  'The port authority said on Monday that the new ferry route would open to passengers in the spring.',
  'Officials expect the crossing to take about ninety minutes once the second vessel enters service.',
  'Residents of the island have asked for the route for more than a decade, the authority added.',
];
const article = (
  id: string,
  publisher: string,
  published: string,
  added: string,
  paragraphs: string[],
  mentions: string[],
): ArticleInput => ({
  id,
  data: articleData({
    publisher: { status: 'stated', value: publisher },
    published: { status: 'stated', value: published },
    added,
  }),
  blocks: paragraphs.map((text, i) => block(`p-${i}`, i === 0 ? mentions : [], text)),
});

const articles = [
  article('wire', 'Wire Service', '2026-03-02', '2026-03-05', wireCopy, ['route']),
  article('carrier', 'Evening Post', '2026-03-03', '2026-03-05', wireCopy, ['route']),
  article(
    'own',
    'Island Radio',
    '2026-03-04',
    '2026-03-09',
    [
      'Our reporter rode the trial crossing and timed it at just under two hours.',
      'The captain said the weather had slowed the vessel on the way back.',
    ],
    ['route'],
  ),
];
const facts: FactInput[] = [
  {
    id: 'route',
    data: factData({
      title: 'The ferry route',
      summary: 'A ferry route to the island is to open to passengers.',
      summaryFrom: ['wire'],
      accounts: [
        { source: 'wire', setting: 'port authority statement' },
        { source: 'carrier', setting: 'port authority statement' },
        { source: 'own', setting: 'trial crossing', review: 'drafted' },
      ],
    }),
  },
];

describe('buildBriefing: review state, stories and staleness', () => {
  const briefing = buildBriefing({
    articles,
    facts,
    citedSources: [],
    analysis: [
      { id: 'snapshot', data: { writtenFrom: ['wire', 'carrier'] } },
      { id: 'untracked', data: {} },
    ],
  });

  it('counts the wire story once in the comparison and names its carriers', () => {
    const comparison = comparisonOf(briefing, 'route');
    expect(comparison.accounts.map((a) => a.source)).toEqual(['wire', 'own']);
    expect(comparison.discrepancies.find((d) => d.field === 'setting')?.versions.map((v) => v.source)).toEqual([
      'wire',
      'own',
    ]);
    expect(briefing.stories).toEqual([
      { lead: 'wire', carriers: ['carrier'] },
      { lead: 'own', carriers: [] },
    ]);
    expect(briefing.alsoCarriedBy('wire')).toEqual(['carrier']);
    expect(briefing.alsoCarriedBy('own')).toEqual([]);
  });

  it('marks drafted accounts as drafted and reviewed ones not', () => {
    const comparison = comparisonOf(briefing, 'route');
    expect([...comparison.drafted]).toEqual(['own']);
    expect(briefing.draftedBySource.get('own')).toEqual(['route']);
    expect(briefing.draftedBySource.has('wire')).toBe(false);
  });

  it('says what a summary and the analysis were written from, and which sources were added since', () => {
    expect(briefing.summaryStaleness.get('route')).toEqual({
      writtenFrom: ['wire'],
      total: 3,
      addedSince: ['carrier', 'own'],
    });
    expect(briefing.analysisStaleness.get('snapshot')).toEqual({
      writtenFrom: ['wire', 'carrier'],
      total: 3,
      addedSince: ['own'],
    });
    expect(briefing.analysisStaleness.has('untracked')).toBe(false);
  });

  it('gives sources that share a publisher labels that tell them apart', () => {
    const twice = buildBriefing({
      articles: [
        article(
          'x',
          'Same Outlet',
          '2026-03-02',
          '2026-03-05',
          ['One report in this outlet’s own words, long enough to count.', 'And a second paragraph of its own.'],
          [],
        ),
        article(
          'y',
          'Same Outlet',
          '2026-03-04',
          '2026-03-05',
          [
            'A later report with nothing in common with the first one at all.',
            'Its second paragraph is different too.',
          ],
          [],
        ),
      ],
      facts: [],
      citedSources: [],
    });
    expect(twice.label('x')).not.toBe(twice.label('y'));
  });

  it('carries each conflicting date’s review state onto the timeline', () => {
    const dated = buildBriefing({
      articles,
      facts: [
        {
          id: 'opening',
          data: factData({
            title: 'The opening',
            date: { start: '2026-04' },
            accounts: [
              { source: 'wire', date: { asWritten: 'in April', value: '2026-04' } },
              { source: 'own', date: { asWritten: 'in May', value: '2026-05' }, review: 'drafted' },
            ],
          }),
        },
      ],
      citedSources: [],
    });
    expect(dated.timeline[0]?.conflictingDates.map((d) => [d.source, d.review])).toEqual([
      ['wire', 'reviewed'],
      ['own', 'drafted'],
    ]);
  });
});
