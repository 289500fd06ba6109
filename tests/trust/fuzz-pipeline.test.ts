import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/model/problems';
import { checkContent } from '../../src/loader/check-content';
import { zodProblems } from '../../src/loader/zod-problems';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { fixtureRecognisers } from '../support/fixture-recognisers';
import { articleSchema } from '../../src/schemas/article';
import { factSchema } from '../../src/schemas/fact';
import { copyContent } from '../support/content-copy';
import { liveMarkup } from './live-markup';

/**
 * Property tests with generated input. Run counts (the whole file takes ~15-20 s on two cores):
 *   Markdown bodies through analyseArticle ........ 250 runs
 *   article frontmatter through the zod schema ..... 500 runs
 *   fact data through the zod schema ............... 500 runs
 *   articles and facts through checkContent ........ 30 + 30 runs (each checks the whole content/)
 * A failure prints fast-check's seed and the shrunk counterexample; rerun it with that seed.
 */
const RUNS = { bodies: 250, articleSchema: 500, factSchema: 500, checkArticles: 30, checkFacts: 30 } as const;

const recognisers = fixtureRecognisers();
const FILE = 'content/articles/fuzz.md';

// ---- Markdown bodies -------------------------------------------------------------------------

/** Text from scripts and sequences that trip up text handling: RTL, combining marks, emoji, CJK. */
const unicodeText = fc.constantFrom(
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'e\u0301\u0308\u0327',
  'Z̴̡̪a̷l̸g̵o̶',
  '👩‍👩‍👧‍👦',
  '🇯🇵🇹🇼',
  '🏳️‍🌈',
  'ﷺ',
  '台湾有事と日米同盟',
  '高市首相はテレビ番組で',
  'ｶﾀｶﾅ',
  '〜（）「」、。',
  '\u200B\u200D\uFEFF',
  '\u0000',
  '\uFFFD',
  '𝕳𝖊𝖑𝖑𝖔',
  'İıŞş',
  'ß',
);
/** Markdown, directive, id and link syntax, alone or half-finished. */
const syntax = fc.constantFrom(
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  ':',
  '::',
  ':::',
  '`',
  '``',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '#',
  '## ',
  '>',
  '-',
  '+',
  '1.',
  '|',
  '\\',
  '!',
  '&',
  '&amp;',
  '&#x09;',
  '&#0;',
  '&colon;',
  '{#',
  '{#p-x}',
  '{#}',
  '{#a b}',
  '{#p-x}{#p-y}',
  ':fact[',
  ']{#remarks}',
  ']{#election}',
  ']{#no-such-fact}',
  ':nofact[',
  ':abbr[x]{title=y}',
  '::leaf[x]',
  ':::note',
  '[^1]',
  '[^1]: note',
  '- [ ] ',
  '- [x] ',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'https://example.org/',
  'http://example.org/',
  'javascript:alert(1)',
  'data:text/html,x',
  'mailto:a@b.co',
  'www.example.com',
  '![',
  '](',
  ' "title")',
  '<javascript:alert(1)>',
  '[x](javascript:alert(1))',
  '![x](https://example.org/a.png)',
  '[x]: javascript:alert(1)',
  'televised debate',
  'February 8 Lower House election',
  'ratio:high',
  '16:9',
  'U.S.',
);
/** HTML-ish tags, whole and broken. */
const tags = fc.constantFrom(
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?php',
  '?>',
  '<style>',
  '</style>',
  '<iframe src=//evil>',
  '<b>',
  '</b>',
  '<div>',
  '</div>',
  '<p>',
  '<br/>',
  '<x-y z=1>',
  '<!doctype html>',
  '<base href=//evil>',
  '<meta http-equiv=refresh content=0>',
  '<form action=//evil>',
  '<object data=x>',
  '<math><mi>',
  '<noscript>',
  '<textarea>',
  '<title>',
  '<plaintext>',
  '<span style="color:red">',
  '<',
);
const whitespace = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\f',
  '\v',
  '    ',
);
const word = fc.constantFrom('Takaichi', 'alliance', 'Taiwan', 'the', 'a', 'said', 'election', 'debate', 'x');
const token = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: unicodeText },
  { weight: 4, arbitrary: syntax },
  { weight: 2, arbitrary: tags },
  { weight: 3, arbitrary: whitespace },
);
/** Block nesting: list items and blockquotes up to 64 deep (micromark slows down sharply beyond). */
const nesting = fc
  .array(fc.constantFrom('> ', '- ', '* ', '1. ', '  ', '    '), { maxLength: 64 })
  .map((prefixes) => prefixes.join(''));
const line = fc.tuple(nesting, fc.array(token, { maxLength: 30 })).map(([prefix, tokens]) => prefix + tokens.join(''));
/** A very long line of one harmless unit (pathological delimiter runs are micromark's business). */
const longLine = fc
  .tuple(
    fc.constantFrom('word ', 'x', '台湾', '🇯🇵', 'televised debate ', '*', '[', '`', '{#'),
    fc.integer({ min: 1_000, max: 20_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
const markdownBody = fc
  .array(fc.oneof({ weight: 12, arbitrary: line }, { weight: 1, arbitrary: longLine }), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

describe('analyseArticle on generated Markdown', () => {
  it(`returns HTML with nothing live, or fails with an Error naming the file (${RUNS.bodies} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(markdownBody, async (body) => {
        let html: string;
        try {
          ({ html } = await analyseArticle(body, { recognisers, factHref: (id) => `/facts/${id}/`, path: FILE }));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toContain('fuzz.md');
          return;
        }
        expect(liveMarkup(html), html.slice(0, 2_000)).toEqual([]);
      }),
      { numRuns: RUNS.bodies },
    );
  });
});

// ---- Frontmatter and fact data ------------------------------------------------------------------

/** Any JSON-like value, plus dates (YAML reads 2026-01-27 as one). */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.date({ noInvalidDate: true }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue }), { nil: undefined });
const isoDay = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '26-01-27', '2026-1-7', ''),
);
const metadataField = (value: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      status: fc.constantFrom('stated', 'not-stated', 'inferred', 'guessed', ''),
      value: maybe(value),
      reason: maybe(fc.string({ maxLength: 40 })),
      qualifier: maybe(fc.constantFrom('exact', 'on-or-after', 'sometime')),
    },
    { requiredKeys: ['status'] },
  );
const slug = fc.oneof(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.string({ maxLength: 12 }));

const articleFrontmatter = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        title: maybe(metadataField(fc.string({ unit: 'grapheme', maxLength: 40 }))),
        publisher: maybe(metadataField(fc.string({ maxLength: 20 }))),
        byline: maybe(metadataField(fc.string({ maxLength: 20 }))),
        published: maybe(metadataField(isoDay)),
        url: maybe(
          metadataField(
            fc.oneof(
              fc.webUrl(),
              fc.constantFrom('javascript:alert(1)', 'ftp://x.org/', 'not a url', 'http://example.org/'),
            ),
          ),
        ),
        language: maybe(metadataField(fc.constantFrom('en', 'ja', 'en-GB', 'zh-Hant-TW', 'EN', 'english', ''))),
        original: maybe(fc.constantFrom('001_7b68270386ca01f4.txt', 'missing.txt', '../etc/passwd', 'a/b.txt', '')),
        added: maybe(isoDay),
        cites: maybe(fc.array(slug, { maxLength: 3 })),
        anchorAliases: maybe(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 })),
        aliases: maybe(fc.array(slug, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

const partialDate = fc.oneof(
  isoDay,
  isoDay.map((day) => day.slice(0, 7)),
  isoDay.map((day) => day.slice(0, 4)),
  fc.integer({ min: 1000, max: 3000 }),
);
const factData = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        title: maybe(fc.string({ unit: 'grapheme', maxLength: 30 })),
        kind: maybe(fc.constantFrom('event', 'statement', 'measure', 'context', 'characterisation', 'rumour')),
        date: maybe(fc.record({ start: maybe(partialDate), end: maybe(partialDate) }, { requiredKeys: [] })),
        summary: maybe(fc.string({ unit: 'grapheme', maxLength: 60 })),
        match: maybe(fc.array(fc.constantFrom('televised (debate|interview)', 'stark (warning'), { maxLength: 2 })),
        recognise: maybe(
          fc.record(
            {
              words: maybe(
                fc.dictionary(
                  fc.oneof(fc.constantFrom('alliance', 'breaks', 'date', 'Bad Name'), fc.string({ maxLength: 8 })),
                  fc.array(
                    fc.oneof(
                      fc.constantFrom('collapse', 'fall apart', '崩壊', '---', ''),
                      fc.string({ maxLength: 12 }),
                    ),
                    { maxLength: 3 },
                  ),
                  { maxKeys: 3 },
                ),
              ),
              match: maybe(
                fc.array(
                  fc.oneof(
                    fc.constantFrom('alliance + breaks', 'date', 'alliance +', ' + ', 'nowhere + date'),
                    fc.string({ maxLength: 12 }),
                  ),
                  { maxLength: 3 },
                ),
              ),
              not: maybe(
                fc.array(fc.oneof(fc.constantFrom('Komeito', '...'), fc.string({ maxLength: 8 })), { maxLength: 2 }),
              ),
              during: maybe(fc.record({ start: maybe(partialDate), end: maybe(partialDate) }, { requiredKeys: [] })),
              patterns: maybe(
                fc.array(
                  fc.oneof(
                    fc.constantFrom(
                      'televised (debate|interview)',
                      '(a+)+$',
                      '(?=x)',
                      '(unclosed',
                      '\\1',
                      '[',
                      '(?<x>y)',
                    ),
                    fc.string({ maxLength: 10 }),
                  ),
                  { maxLength: 3 },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        accounts: maybe(
          fc.array(
            fc.record(
              {
                source: maybe(slug),
                date: maybe(
                  fc.record(
                    { asWritten: maybe(fc.string()), value: maybe(partialDate), inferred: maybe(fc.string()) },
                    { requiredKeys: [] },
                  ),
                ),
                setting: maybe(fc.string()),
                actors: maybe(fc.array(fc.string(), { maxLength: 2 })),
                numbers: maybe(
                  fc.array(
                    fc.record(
                      {
                        label: maybe(fc.string()),
                        asWritten: maybe(fc.string()),
                        value: maybe(fc.double()),
                        unit: maybe(fc.string()),
                      },
                      { requiredKeys: [] },
                    ),
                    { maxLength: 2 },
                  ),
                ),
                wording: maybe(fc.array(fc.string(), { maxLength: 2 })),
                paragraphs: maybe(
                  fc.array(fc.oneof(fc.constantFrom('alliance-would-weaken#p-byline', 'x#y', 'nope'), fc.string()), {
                    maxLength: 2,
                  }),
                ),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
        ),
        related: maybe(fc.array(slug, { maxLength: 3 })),
        aliases: maybe(fc.array(slug, { maxLength: 2 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** Every problem must tell an editor which file, where, what is wrong and what to do. */
function expectActionable(problems: readonly ContentProblem[]): void {
  for (const problem of problems) {
    for (const key of ['file', 'where', 'problem', 'fix'] as const) {
      expect(
        typeof problem[key] === 'string' && problem[key].trim().length > 0,
        `${key} of ${JSON.stringify(problem)}`,
      ).toBe(true);
    }
  }
}

describe('schemas on generated data', () => {
  it(`article frontmatter: valid, or problems that name file, field, problem and fix (${RUNS.articleSchema} runs)`, () => {
    fc.assert(
      fc.property(articleFrontmatter, (data) => {
        const parsed = articleSchema.safeParse(data);
        if (parsed.success) return;
        const problems = zodProblems(FILE, parsed.error, data);
        expect(problems.length).toBeGreaterThan(0);
        expectActionable(problems);
      }),
      { numRuns: RUNS.articleSchema },
    );
  });

  it(`fact data: valid, or problems that name file, field, problem and fix (${RUNS.factSchema} runs)`, () => {
    fc.assert(
      fc.property(factData, (data) => {
        const parsed = factSchema.safeParse(data);
        if (parsed.success) return;
        const problems = zodProblems('content/facts/fuzz.yaml', parsed.error, data);
        expect(problems.length).toBeGreaterThan(0);
        expectActionable(problems);
      }),
      { numRuns: RUNS.factSchema },
    );
  });
});

describe('checkContent on generated files', () => {
  const ARTICLE = 'content/articles/alliance-would-weaken.md';
  let scratch: ReturnType<typeof copyContent>;
  let body: string;
  beforeAll(() => {
    scratch = copyContent();
    const text = scratch.read(ARTICLE);
    body = text.slice(text.indexOf('\n---', 4) + 4);
  });
  afterAll(() => scratch?.remove());

  /** YAML for generated data, or the raw text when the generator gave a string (broken YAML). */
  const yamlOf = (data: unknown) => (typeof data === 'string' ? data : stringify(data));

  it(`an article with generated frontmatter: no problems, or actionable ones (${RUNS.checkArticles} runs)`, async () => {
    const original = scratch.read(ARTICLE);
    try {
      await fc.assert(
        fc.asyncProperty(articleFrontmatter, async (data) => {
          scratch.write(ARTICLE, `---\n${yamlOf(data)}\n---${body}`);
          const { problems } = await checkContent(scratch.root);
          expectActionable(problems);
        }),
        { numRuns: RUNS.checkArticles },
      );
    } finally {
      scratch.write(ARTICLE, original);
    }
  });

  it(`a generated fact file: no problems, or actionable ones (${RUNS.checkFacts} runs)`, async () => {
    const FACT = 'content/facts/fuzz-fact.yaml';
    await fc.assert(
      fc.asyncProperty(factData, async (data) => {
        scratch.write(FACT, yamlOf(data));
        const { problems } = await checkContent(scratch.root);
        expectActionable(problems);
      }),
      { numRuns: RUNS.checkFacts },
    );
  });
});
