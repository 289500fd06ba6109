import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { recognise } from '../../src/recognition/recognise';
import { recognitionSchema } from '../../src/schemas/fact';
import { fixtureRecognisers } from '../support/fixture-recognisers';

/**
 * Recognition rules are written by strangers and run on text written by strangers: whatever the rule
 * and whatever the text, compiling and matching must end, and within a bound that grows with the
 * text, never with the pattern's shape. The bound is generous (a hang is minutes, not milliseconds):
 * this is a termination check, not a speed goal (speed is measured by npm run eval and npm run bench).
 *
 *   generated rules × generated text ...... 60 runs
 *   catastrophic patterns on long runs .... every pattern, 20,000 characters
 *   one paragraph of 3,000 sentences, each dated, linked and formatted, through the real pipeline
 */
const BOUND_MS = 5_000;

const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'aa',
    'alliance',
    'collapse',
    'fell apart',
    'U.S.',
    'US',
    '-',
    '–',
    '“',
    '”',
    "'s",
    ' ',
    '\n',
    '.',
    '!',
    '台湾',
    '崩壊',
    '２６日',
    'Monday',
    'January 26',
    'November 2025',
    '(',
    ')',
    '*',
    '+',
    '?',
    '[',
    '\\',
  ),
  fc.string({ maxLength: 6 }),
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fc.constantFrom('a', 'ab', '台', ' ', '-', '“'), fc.integer({ min: 1, max: 5_000 }))
    .map(([unit, n]) => unit.repeat(n)),
);
const phrase = fc.oneof(
  fc.constantFrom('alliance', 'collapse', 'fall apart', 'a a a', 'US', '台湾有事', '崩壊', 'a'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const pattern = fc.oneof(
  fc.constantFrom(
    '(a+)+$',
    '(a|aa)+b',
    '(x*)*y',
    '(.*a){12}',
    '^(a?){25}a{25}$',
    '(?=a)',
    '(a)\\1',
    '[',
    'alliance would (collapse|crumble)',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const rules = fc.record({
  words: fc.dictionary(
    fc.constantFrom('alliance', 'breaks', 'tv', 'x'),
    fc.array(phrase, { minLength: 1, maxLength: 8 }),
    { maxKeys: 4 },
  ),
  match: fc.array(fc.constantFrom('alliance + breaks', 'tv', 'x + date', 'alliance + tv + breaks', 'breaks'), {
    maxLength: 4,
  }),
  not: fc.array(phrase, { maxLength: 3 }),
  patterns: fc.array(pattern, { maxLength: 3 }),
});

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('recognition always ends', () => {
  it('on generated rules and generated text (60 runs)', () => {
    fc.assert(
      fc.property(rules, text, fc.constantFrom(undefined, 'en', 'ja'), (raw, body, language) => {
        const parsed = recognitionSchema.safeParse(raw);
        if (!parsed.success) return;
        const { value: compiled, ms: compileMs } = timed(() =>
          compileRecognisers([
            { id: 'fuzz', data: { kind: 'statement', date: { start: '2026-01-26' }, recognise: parsed.data } },
          ]),
        );
        const { value: found, ms } = timed(() =>
          recognise(body, compiled.recognisers, { published: '2026-01-27', ...(language ? { language } : {}) }),
        );
        expect(compileMs).toBeLessThan(BOUND_MS);
        expect(ms).toBeLessThan(BOUND_MS);
        for (const mention of found) {
          for (const cue of mention.matched) expect(body.slice(cue.start, cue.end)).toBe(cue.words);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on patterns that make a backtracking engine run for ever, over 20,000 characters', () => {
    const catastrophic = ['(a+)+$', '(a|aa)+b', '(x*)*y', '(.*a){12}', '^(a?){25}a{25}$', '(a|a)*c'];
    const { recognisers, problems } = compileRecognisers([
      { id: 'fuzz', data: { kind: 'context', recognise: recognitionSchema.parse({ patterns: catastrophic }) } },
    ]);
    expect(problems).toEqual([]);
    for (const body of ['a'.repeat(20_000), `${'a'.repeat(19_999)}!`, 'x'.repeat(20_000)]) {
      const { ms } = timed(() => recognise(body, recognisers));
      expect(ms, `${body.slice(0, 5)}… × ${body.length}`).toBeLessThan(BOUND_MS);
    }
  });

  it('on one paragraph of 3,000 dated, linked and formatted mentions, through the real pipeline', async () => {
    const sentence =
      'On Monday the alliance would *collapse*, see [this](https://example.org/) and the February 8 election.';
    const body = `${Array.from({ length: 3_000 }, () => sentence).join(' ')} {#p-long}\n`;
    const started = performance.now();
    const { blocks } = await analyseArticle(body, {
      recognisers: fixtureRecognisers(),
      factHref: (id) => `/facts/${id}/`,
      frontmatter: { published: { status: 'stated', value: '2026-01-27' } },
    });
    expect(performance.now() - started).toBeLessThan(4 * BOUND_MS);
    expect(blocks[0]?.mentions).toEqual(['remarks', 'election']);
  });
});
