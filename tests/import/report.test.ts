import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WrittenBlock } from '../../src/import/ids/block-ids';
import { buildReport } from '../../src/import/report/build-report';
import { findDates } from '../../src/import/report/find-dates';
import { factSummaries } from '../../src/import/report/load-fact-summaries';
import { readFacts } from '../../src/loader/read-collection';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { factsCovering } from '../../src/import/report/match-dates';
import { spanOf } from '../../src/model/dates';
import { reportMentions } from '../../src/import/report/report-mentions';
import { formatReport } from '../../src/import/report/format-report';
import { expected, fixturesDir, planFixture } from './helpers';

const factsDir = join(fixturesDir, 'facts');
/** The recognisers of a facts folder, read and compiled as the build does. */
const recognisersOf = (dir: string) => compileRecognisers(readFacts(dir).valid).recognisers;
const facts = { recognisers: recognisersOf(factsDir), summaries: factSummaries(readFacts(factsDir).valid) };
const titles = new Map(facts.summaries.map((fact) => [fact.id, fact.title]));
const block = (id: string, text: string): WrittenBlock => ({ id, kind: 'paragraph', text });

describe('mention report', () => {
  it('names the election fact for a paragraph mentioning "the February 8 Lower House election"', () => {
    const blocks = [block('p-one', 'Her remarks came ahead of the February 8 Lower House election, aides said.')];
    const report = reportMentions(blocks, facts.recognisers, titles);
    expect(report.map((m) => m.factId)).toEqual(['lower-house-election']);
    expect(report[0]).toMatchObject({
      count: 1,
      paragraphIds: ['p-one'],
      title: 'The February 8, 2026 Lower House election',
    });
  });

  it('does so with the real content/facts too (read only)', () => {
    const real = join(import.meta.dirname, '../../content/facts');
    const blocks = [block('p-one', 'Her remarks came ahead of the February 8 Lower House election, aides said.')];
    const report = reportMentions(blocks, recognisersOf(real), new Map());
    expect(report.map((m) => m.factId)).toContain('lower-house-election');
  });

  it('counts mentioning sentences per fact and lists each paragraph once, in article order; headings are not counted', () => {
    const blocks: WrittenBlock[] = [
      { id: 'h', kind: 'heading', text: 'The televised debate' },
      block(
        'p-a',
        'In a televised debate she said the alliance would collapse. The alliance would crumble, she added.',
      ),
      block('p-b', 'Nothing relevant here.'),
      block('p-c', 'In the televised interview she spoke at length; the Lower House election looms.'),
    ];
    const report = reportMentions(blocks, facts.recognisers, titles);
    expect(report.map((m) => m.factId)).toEqual(['tv-remarks', 'lower-house-election']);
    expect(report[0]).toMatchObject({ count: 3, paragraphIds: ['p-a', 'p-c'] });
    expect(report[1]).toMatchObject({ count: 1, paragraphIds: ['p-c'] });
  });

  it('says why each paragraph was found: the rule’s word lists and the words that matched', () => {
    const blocks = [block('p-a', 'Takaichi warned that the alliance would fall apart.')];
    const [tv] = reportMentions(blocks, facts.recognisers, titles);
    expect(tv?.reasons).toEqual(['alliance “alliance” + breaks “fall apart”']);
    expect(tv?.samples).toEqual(['alliance … fall apart']);
  });
});

describe('a Japanese article', () => {
  const text = '高市首相は２６日夜のテレビ番組で、日米同盟はつぶれると発言した。衆院選は２月８日に投開票される。';
  it('gets its dates, relative days counted from the publication date', () => {
    const found = findDates([block('p-ja', text)], '2026-01-27', 'ja');
    expect(found.map((d) => [d.asWritten, d.value, d.status])).toEqual([
      ['２６日', '2026-01-26', 'inferred'],
      ['２月８日', '2026-02-08', 'inferred'],
    ]);
    expect(found[0]?.sentence).toBe('高市首相は２６日夜のテレビ番組で、日米同盟はつぶれると発言した。');
  });
  it('gets its links, with the real content/facts', () => {
    const real = recognisersOf(join(import.meta.dirname, '../../content/facts'));
    const report = reportMentions([block('p-ja', text)], real, new Map(), { published: '2026-01-27', language: 'ja' });
    expect(report.map((m) => m.factId)).toEqual(['tv-remarks', 'lower-house-election']);
  });
});

describe('dates', () => {
  interface Want {
    dates: Array<{ asWritten: string; value: string; status: string }>;
    unmatchedDates: string[];
    mentionsFacts: string[];
  }
  const want = expected<Want>('plain-text');
  const plan = planFixture('plain-text', 'article.txt');

  it('finds stated and relative dates, resolved against the publication date (2026-01-28)', () => {
    const found = findDates(plan.blocks, '2026-01-28');
    expect(found.map(({ asWritten, value, status }) => ({ asWritten, value, status }))).toEqual(want.dates);
    const monday = found.find((d) => d.asWritten === 'on Monday');
    expect(monday?.reason).toContain('2026-01-28');
    expect(monday?.sentence.startsWith('Prime Minister Sanae Takaichi said on Monday')).toBe(true);
  });

  it('skips the byline: the publication date is not an event', () => {
    const found = findDates(plan.blocks, '2026-01-28');
    const byline = plan.blocks.find((b) => b.role === 'byline');
    expect(byline).toBeDefined();
    expect(found.some((d) => d.blockId === byline?.id)).toBe(false);
  });

  it('leaves relative dates unresolved without a publication date, but still reads stated ones', () => {
    const found = findDates(plan.blocks, undefined);
    expect(found.find((d) => d.asWritten === 'on Monday')).toMatchObject({ status: 'unresolved' });
    expect(found.find((d) => d.asWritten === 'on Monday')?.value).toBeUndefined();
    expect(found.find((d) => d.asWritten === 'January 26, 2026')).toMatchObject({
      status: 'stated',
      value: '2026-01-26',
    });
  });

  it('reads "late last year" and "next month" as the year and month they point to', () => {
    const found = findDates([block('p', 'Remarks late last year led to a general election next month.')], '2026-01-27');
    expect(found.map((d) => [d.asWritten, d.value, d.precision, d.status])).toEqual([
      ['late last year', '2025', 'year', 'inferred'],
      ['next month', '2026-02', 'month', 'inferred'],
    ]);
  });

  it('reports as unmatched the dates no fact’s date range covers', () => {
    const report = buildReport(plan, facts);
    expect(report.reference).toBe('2026-01-28');
    expect(report.unmatched.map((d) => d.value).sort()).toEqual([...want.unmatchedDates, '2015'].sort());
    // The fixture facts add an undated fact matching "security legislation" in the first bullet.
    expect(report.mentions.map((m) => m.factId).sort()).toEqual([...want.mentionsFacts, 'undated-context'].sort());
    expect(report.dates.every((d) => !d.coveredBy.includes('undated-context'))).toBe(true);
    const election = report.dates.find((d) => d.asWritten === 'February 8');
    expect(election?.coveredBy).toEqual(['lower-house-election']);
  });

  it('decides coverage by overlap of calendar ranges', () => {
    expect(spanOf('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(spanOf('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    const summaries = facts.summaries;
    const at = (value: string, precision: 'day' | 'month' | 'year') =>
      factsCovering(
        { blockId: 'p', asWritten: value, index: 0, status: 'stated', value, precision, sentence: '' },
        summaries,
      );
    expect(at('2026-01-27', 'day')).toEqual(['tv-remarks']);
    expect(at('2025', 'year')).toEqual(['diet-remarks-november-2025']);
    expect(at('2026-03-01', 'day')).toEqual([]);
  });
});

describe('dates that are not dates of the article', () => {
  it('ignores "now", vague spans and spans counted from another event', () => {
    const found = findDates(
      [
        block(
          'p',
          'The talks are now stalled, less than two weeks before the vote, and in the weeks ahead little will change.',
        ),
      ],
      '2026-01-27',
    );
    expect(found).toEqual([]);
  });
});

describe('reading relative dates the way news uses them', () => {
  const at = (text: string, publication = '2026-01-28') =>
    findDates([block('p', text)], publication).map((d) => [d.asWritten, d.value]);

  it('reads a bare weekday as the last one on or before the publication date, unless the words look ahead', () => {
    // 2026-01-28 is a Wednesday.
    expect(at('Officials said on Friday that talks had stalled.')).toEqual([['on Friday', '2026-01-23']]);
    expect(at('The ministers will meet on Friday in Tokyo.')).toEqual([['on Friday', '2026-01-30']]);
    expect(at('She spoke on Wednesday.')).toEqual([['on Wednesday', '2026-01-28']]);
  });

  it('moves a month named after "last" or "next" into the year those words point to', () => {
    expect(at('The protest came last December.', '2026-11-20')).toEqual([['last December', '2025-12']]);
    expect(at('A summit is expected next February.', '2026-11-20')).toEqual([['next February', '2027-02']]);
  });

  it('reads "mid-2015" as a year', () => {
    expect(at('The laws passed in mid-2015 allow it.')).toEqual([['mid-2015', '2015']]);
  });
});

describe('a source language the briefing settings do not list', () => {
  const plan = planFixture('html-wire', 'page.html');

  it('is pointed out, naming the languages the settings list', () => {
    const report = buildReport(plan, { ...facts, sourceLanguages: ['ja', 'ko'] });
    expect(report.unlistedLanguage).toEqual({ language: 'en-GB', listed: ['ja', 'ko'] });
    const printed = formatReport(plan, report, { article: 'a.md', original: 'a.html' });
    expect(printed).toContain(
      '⚠ the source is in "en-GB", which content/briefing.yaml does not list among its sourceLanguages (ja, ko)',
    );
  });

  it('is not, when its primary language is listed (en covers en-GB), or when no settings were read', () => {
    expect(buildReport(plan, { ...facts, sourceLanguages: ['en'] }).unlistedLanguage).toBeUndefined();
    expect(buildReport(plan, facts).unlistedLanguage).toBeUndefined();
  });
});
