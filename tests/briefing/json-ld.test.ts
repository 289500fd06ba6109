import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../src/briefing/views/export/site-links';
import { buildBriefing } from '../../src/briefing/views/briefing';
import {
  briefingJsonLd,
  claimJsonLd,
  firstKnownAppearance,
  jsonLdScriptText,
  newsArticleJsonLd,
} from '../../src/briefing/views/json-ld';
import type { AnalysisData } from '../../src/schemas/analysis';
import { articleData, block, factData } from '../support/content-builders';

const links = siteLinks('https://example.org', '/briefing/');

/** Nothing is stated: no title, publisher, byline, date, address or language (some inferred). */
const bare = {
  id: 'bare',
  data: articleData({
    title: { status: 'not-stated' },
    publisher: { status: 'inferred', value: 'Guessed Outlet', reason: 'The byline credits a team of that name.' },
    byline: { status: 'not-stated' },
    published: {
      status: 'inferred',
      value: '2026-01-27',
      qualifier: 'on-or-after',
      reason: 'It embeds a post of that day.',
    },
    url: { status: 'not-stated' },
    language: { status: 'inferred', value: 'en', reason: 'The text is written in English.' },
    original: '000_bare.txt',
    added: '2026-11-22',
  }),
  blocks: [block('p-1', ['remarks']), block('p-2', ['remarks', 'solo'])],
};

/** Everything is stated. */
const full = {
  id: 'full',
  data: articleData({
    title: { status: 'stated', value: 'Alliance would weaken' },
    publisher: { status: 'stated', value: 'Example News' },
    byline: { status: 'stated', value: 'Example Desk' },
    published: { status: 'stated', value: '2026-01-27' },
    url: { status: 'stated', value: 'https://news.example.com/alliance' },
    language: { status: 'stated', value: 'en' },
    original: '001_full.txt',
    added: '2026-12-01',
  }),
  blocks: [block('p-a', ['remarks']), block('p-台湾', ['remarks'])],
};

const graph = buildBriefing({
  articles: [full, bare],
  facts: [
    { id: 'remarks', data: factData({ title: 'The remarks', summary: 'She made remarks on television.' }) },
    { id: 'solo', data: factData({ title: 'Solo fact' }) },
    { id: 'unmentioned', data: factData({ title: 'Unmentioned' }) },
  ],
  citedSources: [],
});

describe('newsArticleJsonLd', () => {
  it('asserts nothing the source does not state: inferred publisher, date and language are left out', () => {
    expect(newsArticleJsonLd(graph.articles.get('bare')!, links)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: 'https://example.org/briefing/articles/bare/',
      isBasedOn: 'https://example.org/briefing/originals/000_bare.txt',
    });
  });

  it('gives every stated value: headline, date, byline as text, publisher, language and the article’s own address', () => {
    expect(newsArticleJsonLd(graph.articles.get('full')!, links)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: 'https://example.org/briefing/articles/full/',
      isBasedOn: 'https://example.org/briefing/originals/001_full.txt',
      sameAs: 'https://news.example.com/alliance',
      headline: 'Alliance would weaken',
      datePublished: '2026-01-27',
      author: 'Example Desk',
      publisher: { '@type': 'Organization', name: 'Example News' },
      inLanguage: 'en',
    });
  });

  it('never puts the briefing’s own label for an untitled article in the headline', () => {
    const json = JSON.stringify(newsArticleJsonLd(graph.articles.get('bare')!, links));
    expect(json).not.toContain('Untitled');
    expect(json).not.toContain('Guessed Outlet');
    expect(json).not.toContain('2026-01-27');
  });
});

describe('briefingJsonLd', () => {
  const analysis = {
    id: 'snapshot',
    data: {
      title: 'The briefing headline',
      dek: 'A one-sentence standfirst of the briefing.',
      revised: '2026-11-30',
      keyPoints: [{ id: 'kp-1', text: 'A key point of the briefing.', cites: ['bare#p-1'] }],
      people: [],
      notFromSources: [],
      keyDates: [],
    } satisfies AnalysisData,
    body: 'Some text <Cite to="full#p-a" /> and <Cite to="bare#p-2" />.',
  };
  const ld = briefingJsonLd(graph, analysis, links);

  it('is an AnalysisNewsArticle for the snapshot page, with its headline and standfirst', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      headline: 'The briefing headline',
      description: 'A one-sentence standfirst of the briefing.',
      url: 'https://example.org/briefing/',
    });
  });

  it('is modified at the latest update: the later of the revision and the newest source', () => {
    expect(ld.dateModified).toBe('2026-12-01');
    expect(
      briefingJsonLd(graph, { ...analysis, data: { ...analysis.data, revised: '2027-01-05' } }, links).dateModified,
    ).toBe('2027-01-05');
  });

  it('rests on every source article, giving a headline only where the source states one', () => {
    expect(ld.isBasedOn).toEqual([
      { '@type': 'NewsArticle', url: 'https://example.org/briefing/articles/bare/' },
      { '@type': 'NewsArticle', url: 'https://example.org/briefing/articles/full/', headline: 'Alliance would weaken' },
    ]);
  });

  it('cites the pages of the articles its key points and body cite, in order of first citation', () => {
    expect(ld.citation).toEqual([
      'https://example.org/briefing/articles/bare/',
      'https://example.org/briefing/articles/full/',
    ]);
  });

  it('asserts no author, publisher or publication date the content does not give', () => {
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('publisher');
    expect(ld).not.toHaveProperty('datePublished');
  });
});

describe('claimJsonLd', () => {
  const claim = (factId: string, articles = graph.articles) =>
    claimJsonLd(graph.facts.get(factId)!, graph.backlinks.get(factId) ?? [], articles, links);

  it('is a Claim named after the fact, with its summary and page', () => {
    expect(claim('remarks')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      name: 'The remarks',
      text: 'She made remarks on television.',
      url: 'https://example.org/briefing/facts/remarks/',
    });
  });

  it('appears in every paragraph that mentions it, each a CreativeWork at the paragraph’s anchor', () => {
    expect(claim('remarks').appearance).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://example.org/briefing/articles/bare/#p-1',
        isPartOf: { '@type': 'NewsArticle', url: 'https://example.org/briefing/articles/bare/' },
      },
      {
        '@type': 'CreativeWork',
        url: 'https://example.org/briefing/articles/bare/#p-2',
        isPartOf: { '@type': 'NewsArticle', url: 'https://example.org/briefing/articles/bare/' },
      },
      {
        '@type': 'CreativeWork',
        url: 'https://example.org/briefing/articles/full/#p-a',
        isPartOf: {
          '@type': 'NewsArticle',
          url: 'https://example.org/briefing/articles/full/',
          headline: 'Alliance would weaken',
        },
      },
      {
        '@type': 'CreativeWork',
        url: 'https://example.org/briefing/articles/full/#p-%E5%8F%B0%E6%B9%BE',
        isPartOf: {
          '@type': 'NewsArticle',
          url: 'https://example.org/briefing/articles/full/',
          headline: 'Alliance would weaken',
        },
      },
    ]);
  });

  it('names no first appearance when one mentioning article’s date is only inferred', () => {
    expect(claim('remarks')).not.toHaveProperty('firstAppearance');
  });

  it('names the first paragraph as first appearance when only one article mentions the claim', () => {
    expect(claim('solo').firstAppearance?.url).toBe('https://example.org/briefing/articles/bare/#p-2');
  });

  it('names the earlier article’s first paragraph when both publication dates are stated and differ', () => {
    const dated = (date: string) => ({ status: 'stated', value: date }) as const;
    const articles = new Map([
      ['bare', { ...bare, data: { ...bare.data, published: dated('2026-01-28') } }],
      ['full', { ...full, data: { ...full.data, published: dated('2026-01-27') } }],
    ]);
    expect(claim('remarks', articles).firstAppearance?.url).toBe('https://example.org/briefing/articles/full/#p-a');
    const sameDay = new Map(
      [...articles].map(([id, a]) => [id, { ...a, data: { ...a.data, published: dated('2026-01-27') } }]),
    );
    expect(firstKnownAppearance(graph.backlinks.get('remarks')!, sameDay)).toBeUndefined();
  });

  it('leaves appearance out for a fact no paragraph mentions', () => {
    expect(claim('unmentioned')).not.toHaveProperty('appearance');
    expect(claim('unmentioned')).not.toHaveProperty('firstAppearance');
  });
});

describe('jsonLdScriptText', () => {
  it('cannot close the script element, whatever a source writes, and keeps the same JSON value', () => {
    const hostile = { name: 'Remarks </script><script>alert(1)</script> & <!-- more', text: 'line\u2028break' };
    const text = jsonLdScriptText(hostile);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
