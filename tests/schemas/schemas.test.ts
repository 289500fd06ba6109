import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatterFile } from '../../src/loader/frontmatter';
import { parseYaml } from '../../src/loader/yaml';
import { analysisSchema } from '../../src/schemas/analysis';
import { articleSchema } from '../../src/schemas/article';
import { citedSourceSchema } from '../../src/schemas/cited-source';
import { factSchema } from '../../src/schemas/fact';
import { framingSchema } from '../../src/schemas/framing';
import { projectRoot } from '../support/content-copy';
import { articleData, factData } from '../support/content-builders';

const files = (dir: string) =>
  readdirSync(join(projectRoot, 'content', dir)).map((name) => join(projectRoot, 'content', dir, name));

/** Read as the loader reads them: the one YAML reader, frontmatter split as Astro splits it. */
const frontmatterOf = (text: string) => readFrontmatterFile(text, 'x.md').data;
const yamlOf = (text: string) => parseYaml(text, 'x.yaml').value;

describe('schemas accept the real content', () => {
  it.each([
    ['articles', articleSchema, frontmatterOf],
    ['facts', factSchema, yamlOf],
    ['cited-sources', citedSourceSchema, yamlOf],
    ['framing', framingSchema, yamlOf],
    ['analysis', analysisSchema, frontmatterOf],
  ] as const)('%s', (dir, schema, parse) => {
    for (const file of files(dir)) {
      const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });
});

describe('article schema', () => {
  it('takes YAML dates (read as Date objects) back as YYYY-MM-DD', () => {
    expect(articleData({ published: { status: 'stated', value: new Date('2026-01-27T00:00:00Z') } }).published).toEqual(
      { status: 'stated', value: '2026-01-27' },
    );
  });

  it.each([
    ['a stated value without a value', { title: { status: 'stated' } }],
    ['an inferred value without a reason', { publisher: { status: 'inferred', value: 'X' } }],
    ['an unknown status', { byline: { status: 'guessed', value: 'X' } }],
    ['an impossible date', { published: { status: 'stated', value: '2026-02-29' } }],
    ['a non-http URL', { url: { status: 'stated', value: 'javascript:alert(1)' } }],
    ['a language that is not a BCP 47 tag', { language: { status: 'stated', value: 'English' } }],
    ['an original inside a folder', { original: '../secrets.txt' }],
    ['a cited source id with capitals', { cites: ['Reuters'] }],
  ])('refuses %s', (_name, overrides) => {
    expect(() => articleData(overrides)).toThrow();
  });

  it('records that a published date is only a bound', () => {
    const data = articleData({
      published: {
        status: 'inferred',
        value: '2026-01-27',
        qualifier: 'on-or-after',
        reason: 'It embeds a post of that date.',
      },
    });
    expect(data.published).toMatchObject({ status: 'inferred', qualifier: 'on-or-after' });
  });
});

describe('fact schema', () => {
  it('accepts day, month and year precision and ranges', () => {
    expect(factData({ date: { start: '2025-11', end: '2026-01' } }).date).toEqual({ start: '2025-11', end: '2026-01' });
    expect(factData({ date: { start: 1960 } }).date).toEqual({ start: '1960' });
  });

  it.each([
    ['a range that ends before it starts', { date: { start: '2026-02-08', end: '2026-01-01' } }],
    ['a month that does not exist', { date: { start: '2026-13' } }],
    ['an unknown kind', { kind: 'rumour' }],
    ['a summary too short to be one', { summary: 'Short.' }],
    ['an account from an id that is not a slug', { accounts: [{ source: 'Some Article' }] }],
    ['an account date without its words', { accounts: [{ source: 'a', date: { value: '2026-01-27' } }] }],
  ])('refuses %s', (_name, overrides) => {
    expect(() => factData(overrides)).toThrow();
  });
});

describe('analysis schema', () => {
  const valid = frontmatterOf(readFileSync(join(projectRoot, 'content/analysis/snapshot.mdx'), 'utf8'));
  it('needs four to eight key points, each citing a paragraph', () => {
    const points = valid.keyPoints as unknown[];
    expect(analysisSchema.safeParse({ ...valid, keyPoints: points.slice(0, 3) }).success).toBe(false);
    expect(analysisSchema.safeParse({ ...valid, keyPoints: [...points, ...points].slice(0, 9) }).success).toBe(false);
    expect(
      analysisSchema.safeParse({
        ...valid,
        keyPoints: [{ id: 'kp-x', text: 'A point without a source.', cites: [] }, ...points.slice(1)],
      }).success,
    ).toBe(false);
  });
});

describe('schema messages on hostile values', () => {
  // Found by the frontmatter fuzz test: a mapping with a key named toString made String() throw
  // while the date message was written.
  it.each([
    ['a date that is a mapping with a toString key', { added: { toString: false } }],
    [
      'a stated date value with valueOf and toString keys',
      { published: { status: 'stated', value: { valueOf: 1, toString: 2 } } },
    ],
  ])('%s: refused with messages, not a crash', (_name, overrides) => {
    expect(() => articleData(overrides)).toThrow(/date/);
  });
});
