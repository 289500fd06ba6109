import { describe, expect, it } from 'vitest';
import { compileRecognisers, type FactRules } from '../../src/recognition/compile-recognisers';
import { recognitionSchema } from '../../src/schemas/fact';

const fact = (recognise: unknown, extra: Partial<FactRules['data']> = {}): FactRules => ({
  id: 'tv-remarks',
  data: { kind: 'statement', ...extra, recognise: recognitionSchema.parse(recognise) },
});

describe('compileRecognisers', () => {
  it('compiles word lists and match lines, sharing one cue between facts', () => {
    const { recognisers, problems } = compileRecognisers([
      fact({ words: { alliance: ['alliance'], breaks: ['collapse'] }, match: ['alliance + breaks'] }),
      {
        id: 'other',
        data: {
          kind: 'context',
          recognise: recognitionSchema.parse({ words: { pact: ['alliance'] }, match: ['pact'] }),
        },
      },
    ]);
    expect(problems).toEqual([]);
    expect(recognisers.facts.map((f) => [f.factId, f.lines.map((l) => l.written)])).toEqual([
      ['tv-remarks', ['alliance + breaks']],
      ['other', ['pact']],
    ]);
    expect(recognisers.cues.map((cue) => cue.written)).toEqual(['alliance', 'collapse']);
  });

  it('names the file, the field path, the value and a fix for every mistake, and keeps the good lines', () => {
    const { recognisers, problems } = compileRecognisers([
      fact({
        words: { alliance: ['alliance', '—'], breaks: ['collapse'], unused: ['x'], date: ['today'] },
        match: ['alliance + breaks', 'alliance + braeks', 'alliance +', 'date', 'breaks + date'],
        not: ['...'],
        patterns: ['(?=x)y', 'televised (debate|interview)'],
      }),
    ]);
    const where = problems.map((p) => p.where);
    expect(where).toEqual([
      'recognise.words.alliance[1]',
      'recognise.words.date',
      'recognise.match[1]',
      'recognise.match[2]',
      'recognise.match[3]',
      'recognise.match[4]',
      'recognise.words.unused',
      'recognise.not[0]',
      'recognise.patterns[0]',
    ]);
    for (const problem of problems) {
      expect(problem.file).toBe('content/facts/tv-remarks.yaml');
      expect(problem.fix.length).toBeGreaterThan(10);
    }
    expect(problems[2]?.problem).toMatch(
      /“braeks”, which is not a word list of this fact \(lists: alliance, breaks, unused\)/,
    );
    expect(problems.find((p) => p.where === 'recognise.patterns[0]')?.problem).toMatch(/linear-time engine \(RE2\)/);
    expect(recognisers.facts[0]?.lines.map((l) => l.written)).toEqual(['alliance + breaks']);
    expect(recognisers.facts[0]?.patterns.map((p) => p.written)).toEqual(['televised (debate|interview)']);
  });

  it('accepts “date” in a line when the fact is dated, or its rules say when (during)', () => {
    const dated = compileRecognisers([
      fact({ words: { remarks: ['remarks'] }, match: ['remarks + date'] }, { date: { start: '2026-01-26' } }),
    ]);
    const during = compileRecognisers([
      fact({ words: { remarks: ['remarks'] }, match: ['remarks + date'], during: { start: '2026-01' } }),
    ]);
    expect(dated.problems).toEqual([]);
    expect(during.problems).toEqual([]);
    expect(during.recognisers.facts[0]?.window).toMatchObject({ first: '2026-01-01', last: '2026-01-31' });
  });

  it('widens a day-precise window by a day either side, and lets events be written about ahead, their run-up included', () => {
    const { recognisers } = compileRecognisers([
      fact({}, { kind: 'statement', date: { start: '2026-01-26', end: '2026-01-27' } }),
      { id: 'vote', data: { kind: 'event', date: { start: '2026-02-08' }, recognise: recognitionSchema.parse({}) } },
    ]);
    expect(recognisers.facts[0]?.window).toEqual({
      first: '2026-01-25',
      last: '2026-01-28',
      earliestArticle: '2026-01-25',
      mentions: { first: '2026-01-25', last: '2026-01-28' },
    });
    // Sentences dated in the month before an event (the election called, the campaign) are about it.
    expect(recognisers.facts[1]?.window).toEqual({
      first: '2026-02-07',
      last: '2026-02-09',
      earliestArticle: '2025-11-08',
      mentions: { first: '2026-01-07', last: '2026-02-09' },
    });
  });
});
