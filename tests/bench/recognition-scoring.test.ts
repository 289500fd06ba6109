import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rates, score } from '../../bench/recognition/score/counts';
import { expectedFacts, normaliseForMatch } from '../../bench/recognition/score/gold-sentences';
import { paragraphKind, quotedShare, type KindFacts } from '../../bench/recognition/score/paragraph-kind';
import { parseLabelledArticle } from '../../bench/recognition/whole/labelled-article';
import { parseStoredArticle } from '../../bench/recognition/whole/stored-text';

describe('expected facts of a paragraph', () => {
  const paragraphs = [
    { id: 'p-a', text: 'The minister spoke on Monday. She said the “ferry” would sail.' },
    { id: 'p-b', text: 'Ferries were late. Crews struck at noon.' },
  ];

  it('are the union of the facts of the sentences that start in it', () => {
    const { expected, unplaced } = expectedFacts(paragraphs, [
      { start: 'The minister spoke on Monday.', facts: ['speech'] },
      { start: 'She said the "ferry" would sail.', facts: ['speech', 'sailing'] },
      { start: 'Ferries were late.', facts: [] },
      { start: 'Crews struck at noon.', facts: ['strike'] },
    ]);
    expect([...(expected.get('p-a') ?? [])].sort()).toEqual(['sailing', 'speech']);
    expect([...(expected.get('p-b') ?? [])]).toEqual(['strike']);
    expect(unplaced).toEqual([]);
  });

  it('leave a sentence found nowhere unplaced, and go to the next paragraph in reading order when a start repeats', () => {
    const repeated = [...paragraphs, { id: 'p-c', text: 'The minister spoke on Monday, again.' }];
    const { expected, unplaced } = expectedFacts(repeated, [
      { start: 'Crews struck at noon.', facts: ['strike'] },
      { start: 'The minister spoke on Monday', facts: ['speech'] },
      { start: 'A headline the importer made the title', facts: ['speech'] },
    ]);
    expect([...(expected.get('p-c') ?? [])]).toEqual(['speech']);
    expect([...(expected.get('p-a') ?? [])]).toEqual([]);
    expect(unplaced.map((sentence) => sentence.start)).toEqual(['A headline the importer made the title']);
  });

  it('compare quote marks and whitespace as the set’s checker does', () => {
    expect(normaliseForMatch('“It’s  over,”\n she said')).toBe('"It\'s over," she said');
  });
});

describe('the kind of a paragraph', () => {
  const facts = new Map<string, KindFacts>([
    ['strike', { kind: 'event', lastDay: '2026-03-02' }],
    ['old-strike', { kind: 'event', lastDay: '2025-10' }],
    ['port-law', { kind: 'context' }],
  ]);
  const words: Record<string, RegExp> = {
    strike: /strike|walkout/iu,
    'old-strike': /strike/iu,
    'port-law': /port law/iu,
  };
  const hasRuleWord = (fact: string, text: string) => words[fact]?.test(text) ?? false;
  const kind = (text: string, labelled: string[], isLede = false) =>
    paragraphKind({ text, isLede, labelled: new Set(labelled), published: '2026-03-03' }, facts, hasRuleWord);

  it('is lede for the first body paragraph, whatever it holds', () => {
    expect(kind('“We will not move,” the union said of the strike.', ['strike'], true)).toBe('lede');
  });
  it('is quotation when it opens with a quote mark or is mostly quoted', () => {
    expect(kind('“We will not move,” she said.', ['strike'])).toBe('quotation');
    expect(kind('She said: “We will not move an inch until the owners come back to the table.”', [])).toBe('quotation');
    expect(quotedShare('No quotes here.')).toBe(0);
  });
  it('is continuation when labelled with a fact none of whose words it holds', () => {
    expect(kind('Dockers stayed home for a second day.', ['strike'])).toBe('continuation');
    expect(kind('The walkout entered a second day, under the port law.', ['strike', 'port-law'])).toBe('other');
  });
  it('is background when labelled only with context or with facts over 30 days old', () => {
    expect(kind('A strike in October closed the port law office.', ['old-strike', 'port-law'])).toBe('background');
    expect(kind('The strike began on Monday, after a strike in October.', ['strike', 'old-strike'])).toBe('other');
  });
  it('is other when unlabelled', () => {
    expect(kind('Fog delayed the morning ferry.', [])).toBe('other');
  });
});

describe('scores', () => {
  const paragraphs = [
    { ref: 'a#1', kind: 'lede' as const, gold: new Set(['strike']), found: new Set(['strike', 'port-law']) },
    { ref: 'a#2', kind: 'continuation' as const, gold: new Set(['strike']), found: new Set<string>() },
    { ref: 'a#3', kind: 'other' as const, gold: new Set<string>(), found: new Set<string>() },
    {
      ref: 'b#1',
      kind: 'lede' as const,
      gold: new Set(['strike', 'port-law']),
      found: new Set(['strike', 'port-law']),
    },
  ];

  it('count one decision per paragraph and fact, overall, per fact and per kind', () => {
    const { overall, perFact, perKind, paragraphs: count } = score(paragraphs);
    expect(count).toBe(4);
    expect(overall).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(perFact.get('strike')).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(perFact.get('port-law')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(perKind.get('lede')).toEqual({ tp: 3, fp: 1, fn: 0, paragraphs: 2 });
    expect(perKind.get('continuation')).toEqual({ tp: 0, fp: 0, fn: 1, paragraphs: 1 });
    expect(perKind.get('other')).toEqual({ tp: 0, fp: 0, fn: 0, paragraphs: 1 });
  });

  it('give precision, recall and F1, and nothing where there is nothing to divide', () => {
    expect(rates({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(rates({ tp: 1, fp: 0, fn: 3 }).f1).toBeCloseTo(0.4);
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({});
  });
});

describe('collected and labelled articles', () => {
  it('read the header and the stored text of the collected form', () => {
    const file =
      'Title: A headline\nPublisher: Quay Daily\nPublication date: 2026-03-03 (updated)\nURL: https://quay.example/a\n\n----- STORED TEXT (verbatim) -----\nFirst.\n\nSecond.\n[END OF STORED TEXT]\n';
    expect(parseStoredArticle(file)).toEqual({
      title: 'A headline',
      publisher: 'Quay Daily',
      published: '2026-03-03',
      url: 'https://quay.example/a',
      text: 'First.\n\nSecond.',
    });
  });

  it('read labels above each paragraph, one labelled start per paragraph', () => {
    const file =
      'Title: Dockers walk out\nPublisher: Quay Daily\nPublication date: 2026-03-03\n\n[lede: strike, port-law]\nROTTERDAM - Dockers walked out.\n\n[bullet]\n• Ferries still sail.\n';
    const { stored, sentences } = parseLabelledArticle(file, 'x.txt');
    expect(stored.text).toBe('ROTTERDAM - Dockers walked out.\n\n• Ferries still sail.');
    expect(stored.publisher).toBe('Quay Daily');
    expect(sentences).toEqual([
      { start: 'ROTTERDAM - Dockers walked out.', facts: ['strike', 'port-law'], shape: 'lede' },
      { start: 'Ferries still sail.', facts: [], shape: 'bullet' },
    ]);
  });

  it('refuse a paragraph without a label, naming the file', () => {
    expect(() => parseLabelledArticle('Title: T\n\n[lede: strike]\n\n', join('set', 'y.txt'))).toThrow(
      /y\.txt: every paragraph needs a label/u,
    );
  });
});
