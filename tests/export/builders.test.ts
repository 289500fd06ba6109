import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/views/briefing';
import { comparisonExport } from '../../src/briefing/views/export/comparison';
import { factsExport } from '../../src/briefing/views/export/facts';
import { exportResponse, jsonText } from '../../src/briefing/views/export/json-response';
import { exportSchemas, type ExportName } from '../../src/briefing/views/export/schemas';
import { sourcesExport } from '../../src/briefing/views/export/sources';
import { timelineExport } from '../../src/briefing/views/export/timeline';
import { links, syntheticGraph, syntheticInput } from './synthetic-graph';

const graph = syntheticGraph();
const builders = {
  facts: factsExport,
  sources: sourcesExport,
  timeline: timelineExport,
  comparison: comparisonExport,
} as const;
const names = Object.keys(builders) as ExportName[];

describe('every export', () => {
  it.each(names)('%s passes its own (strict) zod schema', (name) => {
    const result = exportSchemas[name].safeParse(builders[name](graph, links));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(names)(
    '%s starts with the envelope: published schema, version, content date — never a build time',
    (name) => {
      const out = builders[name](graph, links);
      expect(Object.keys(out).slice(0, 3)).toEqual(['$schema', 'version', 'generated']);
      expect(out.$schema).toBe(`https://example.org/briefing/data/schema/${name}.json`);
      expect(out.version).toBe('1.3');
      // The newest `added` among the sources (b was added 2026-12-01, a 2026-11-22).
      expect(out.generated).toEqual({ site: 'https://example.org/briefing/', asOf: '2026-12-01' });
    },
  );

  it.each(names)('%s is the same bytes whatever order the content is read in', (name) => {
    const input = syntheticInput();
    const reversed = buildBriefing({
      articles: [...input.articles].reverse(),
      facts: [...input.facts].reverse(),
      citedSources: [...input.citedSources].reverse(),
    });
    expect(jsonText(builders[name](reversed, links))).toBe(jsonText(builders[name](graph, links)));
  });

  it.each(names)(
    '%s: the schema refuses a field it does not document, and the endpoint refuses to publish it',
    (name) => {
      const out = { ...builders[name](graph, links), undocumented: true };
      expect(exportSchemas[name].safeParse(out).success).toBe(false);
      expect(() => exportResponse(name, out)).toThrow(/does not match its schema/);
    },
  );

  it('leaves out the envelope date when the briefing has no sources yet', () => {
    const empty = buildBriefing({ articles: [], facts: [], citedSources: [] });
    const out = factsExport(empty, links);
    expect(out.generated).toEqual({ site: 'https://example.org/briefing/' });
    expect(exportSchemas.facts.safeParse(out).success).toBe(true);
  });
});

describe('factsExport', () => {
  const { facts } = factsExport(graph, links);
  const fact = (id: string) => facts.find((f) => f.id === id)!;

  it('lists every fact, ordered by id', () => {
    expect(facts.map((f) => f.id)).toEqual(['diet', 'election', 'old', 'papers', 'remarks', 'undated']);
  });

  it('gives the date with its precision, a range end only for ranges, and no date for undated context', () => {
    expect(fact('remarks').date).toEqual({ start: '2026-01-26', end: '2026-01-27', precision: 'day' });
    expect(fact('diet').date).toEqual({ start: '2025-11', precision: 'month' });
    expect(fact('papers').date).toEqual({ start: '2021', end: '2025', precision: 'year' });
    expect('date' in fact('undated')).toBe(false);
  });

  it('gives absolute addresses under the base, paragraph anchors encoded', () => {
    expect(fact('remarks').url).toBe('https://example.org/briefing/facts/remarks/');
    expect(fact('remarks').mentions).toEqual([
      { article: 'a', paragraph: 'p-x', url: 'https://example.org/briefing/articles/a/#p-x', text: 'Text of p-x.' },
      { article: 'a', paragraph: 'p-z', url: 'https://example.org/briefing/articles/a/#p-z', text: 'Text of p-z.' },
      { article: 'b', paragraph: 'p-2', url: 'https://example.org/briefing/articles/b/#p-2', text: 'Text of p-2.' },
    ]);
    expect(fact('diet').mentions[0]?.url).toBe('https://example.org/briefing/articles/b/#p-%E5%8F%B0%E6%B9%BE');
  });

  it('keeps each account as the content gives it, leaving out what a source does not give', () => {
    expect(fact('remarks').accounts).toEqual([
      {
        source: 'a',
        date: { asWritten: 'January 26', value: '2026-01-26' },
        setting: 'televised debate',
        actors: [],
        numbers: [{ label: 'distance', asWritten: '110 km', value: 110, unit: 'km' }],
        wording: [],
        paragraphs: [],
        review: 'reviewed',
      },
      {
        source: 'b',
        date: { asWritten: 'on Tuesday', value: '2026-01-27', inferred: 'Tuesday before the publication date.' },
        setting: 'interview',
        actors: [],
        numbers: [],
        wording: [],
        paragraphs: [],
        review: 'drafted',
      },
    ]);
    expect(fact('remarks').related).toEqual(['election']);
  });
});

describe('sourcesExport', () => {
  const out = sourcesExport(graph, links);
  const article = (id: string) => out.articles.find((a) => a.id === id)!;

  it('keeps each metadata field with its provenance: stated, not stated, or inferred with reason and qualifier', () => {
    expect(article('a').metadata.title).toEqual({ status: 'not-stated' });
    expect(article('a').metadata.publisher).toEqual({
      status: 'inferred',
      value: 'Guessed Outlet',
      reason: 'The byline credits a team of that name.',
      qualifier: 'exact',
    });
    expect(article('a').metadata.published).toEqual({
      status: 'inferred',
      value: '2026-01-27',
      reason: 'It embeds a post of that day.',
      qualifier: 'on-or-after',
    });
    expect(article('b').metadata.url).toEqual({ status: 'stated', value: 'https://news.example.com/alliance' });
  });

  it('gives each article its page, its original text, when it was added, what it cites and mentions', () => {
    expect(out.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(article('b')).toMatchObject({
      url: 'https://example.org/briefing/articles/b/',
      original: 'https://example.org/briefing/originals/a.txt',
      added: '2026-12-01',
      cites: ['outlet'],
      facts: ['election', 'remarks', 'diet'],
    });
  });

  it('lists the cited sources with who cites them and where', () => {
    expect(out.citedSources).toEqual([
      {
        id: 'outlet',
        url: 'https://example.org/briefing/sources/#cited-outlet',
        name: 'Outlet',
        kind: 'listed-source',
        metadata: {
          title: { status: 'stated', value: 'Cited title' },
          url: { status: 'not-stated' },
          date: { status: 'not-stated' },
        },
        citedBy: ['b'],
        appearsIn: [{ article: 'b', paragraph: 'p-2', url: 'https://example.org/briefing/articles/b/#p-2' }],
      },
    ]);
  });
});

describe('timelineExport', () => {
  const { entries } = timelineExport(graph, links);

  it('keeps the timeline order and leaves undated facts off', () => {
    expect(entries.map((e) => e.fact)).toEqual(['old', 'papers', 'diet', 'remarks', 'election']);
  });

  it('gives both dates where the sources disagree, and none where one is only less precise', () => {
    const remarks = entries.find((e) => e.fact === 'remarks')!;
    expect(remarks).toMatchObject({ start: '2026-01-26', end: '2026-01-27', precision: 'day', sources: ['a', 'b'] });
    expect(remarks.conflictingDates).toEqual([
      { source: 'a', asWritten: 'January 26', value: '2026-01-26', review: 'reviewed' },
      {
        source: 'b',
        asWritten: 'on Tuesday',
        value: '2026-01-27',
        inferred: 'Tuesday before the publication date.',
        review: 'drafted',
      },
    ]);
    expect(entries.find((e) => e.fact === 'election')?.conflictingDates).toEqual([]);
    expect('end' in entries.find((e) => e.fact === 'election')!).toBe(false);
  });
});

describe('comparisonExport', () => {
  const { facts } = comparisonExport(graph, links);
  const fact = (id: string) => facts.find((f) => f.fact === id)!;

  it('flags the date and setting on which the accounts differ', () => {
    expect(fact('remarks').discrepancies.map((d) => d.field)).toEqual(['date', 'setting']);
    expect(fact('remarks').discrepancies[0]?.versions).toEqual([
      { source: 'a', value: 'January 26', note: '2026-01-26', review: 'reviewed' },
      {
        source: 'b',
        value: 'on Tuesday',
        note: 'read as 2026-01-27: Tuesday before the publication date.',
        review: 'drafted',
      },
    ]);
    expect(fact('remarks').accounts).toEqual([
      { source: 'a', review: 'reviewed', alsoCarriedBy: [] },
      { source: 'b', review: 'drafted', alsoCarriedBy: [] },
    ]);
    expect(fact('election').discrepancies).toEqual([]);
  });

  it('marks a difference resting only on drafted values unconfirmed, and confirmed once they are reviewed', () => {
    expect(fact('remarks').discrepancies.map((d) => [d.field, d.standing])).toEqual([
      ['date', 'unconfirmed'],
      ['setting', 'unconfirmed'],
    ]);
    const input = syntheticInput();
    const remarks = input.facts.find((f) => f.id === 'remarks')!;
    remarks.data.accounts = remarks.data.accounts.map((account) => ({ ...account, review: 'reviewed' as const }));
    const reviewed = comparisonExport(buildBriefing(input), links).facts.find((f) => f.fact === 'remarks')!;
    expect(reviewed.discrepancies.map((d) => [d.field, d.standing])).toEqual([
      ['date', 'confirmed'],
      ['setting', 'confirmed'],
    ]);
  });

  it('says which articles cover each fact, and names the only one when only one of several does', () => {
    expect(fact('remarks').coverage).toEqual({ articles: ['a', 'b'] });
    expect(fact('old').coverage).toEqual({ articles: ['a'], only: 'a' });
    expect(fact('undated').coverage).toEqual({ articles: [] });
  });
});
