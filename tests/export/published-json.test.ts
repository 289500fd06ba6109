import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist-files';
import { copyProject } from '../support/project-copy';
import { jsonSchemaValidator } from './ajv';

/**
 * The exports as published by the real `npm run build`, checked against the JSON Schemas published
 * beside them — the documented contract a consumer relies on, not the zod objects behind it.
 */
const NAMES = ['facts', 'sources', 'timeline', 'comparison'] as const;
const SITE = 'https://briefing.example.org/';

let project: ReturnType<typeof copyProject>;
let dist: string;
const readJson = (relative: string) =>
  JSON.parse(readFileSync(join(dist, relative), 'utf8')) as Record<string, unknown>;
/** The built file an absolute address of the site points at (`…/facts/x/` → `facts/x/index.html`). */
const builtFile = (address: string) => {
  const path = decodeURIComponent(new URL(address).pathname).slice(1);
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
};

beforeAll(() => {
  project = copyProject();
  const result = project.build();
  expect(result.status, result.output).toBe(0);
  dist = project.path('dist');
});
afterAll(() => project?.remove());

describe('the published data exports', () => {
  it('publishes every export and its schema under /data/', () => {
    const files = listFiles(join(dist, 'data'));
    expect(files).toEqual([...NAMES.map((n) => `${n}.json`), ...NAMES.map((n) => `schema/${n}.json`)].sort());
  });

  it.each(NAMES)('%s validates against the published JSON Schema its $schema names', (name) => {
    const ajv = jsonSchemaValidator(NAMES.map((n) => readJson(`data/schema/${n}.json`)));
    const data = readJson(`data/${name}.json`);
    expect(data.$schema).toBe(`${SITE}data/schema/${name}.json`);
    const validate = ajv.getSchema(String(data.$schema));
    expect(validate, 'the schema named by $schema is published').toBeDefined();
    const valid = validate?.(data);
    expect(validate?.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has the facts the briefing is about, with their passages in both articles', () => {
    const facts = readJson('data/facts.json').facts as Array<{
      id: string;
      url: string;
      mentions: Array<{ article: string }>;
    }>;
    for (const id of ['tv-remarks', 'lower-house-election', 'china-countermeasures']) {
      const fact = facts.find((f) => f.id === id);
      expect(fact, id).toBeDefined();
      expect(fact?.url).toBe(`${SITE}facts/${id}/`);
      expect(new Set(fact?.mentions.map((m) => m.article))).toEqual(
        new Set(['alliance-collapse-warning', 'alliance-would-weaken']),
      );
    }
  });

  it('points only at pages and paragraphs that exist in the build', () => {
    const facts = readJson('data/facts.json').facts as Array<{
      url: string;
      mentions: Array<{ url: string; paragraph: string }>;
    }>;
    const sources = readJson('data/sources.json') as { articles: Array<{ url: string; original: string }> };
    const pages = [...facts.map((f) => f.url), ...sources.articles.flatMap((a) => [a.url, a.original])];
    for (const address of pages) expect(existsSync(builtFile(address)), address).toBe(true);
    for (const mention of facts.flatMap((f) => f.mentions)) {
      expect(readFileSync(builtFile(mention.url), 'utf8'), mention.url).toContain(`id="${mention.paragraph}"`);
    }
  });

  it('flags the date discrepancy of the TV remarks, with each source’s date', () => {
    const comparison = readJson('data/comparison.json').facts as Array<{
      fact: string;
      coverage: { articles: string[]; only?: string };
      discrepancies: Array<{ field: string; versions: Array<{ source: string; value: string }> }>;
    }>;
    const remarks = comparison.find((f) => f.fact === 'tv-remarks');
    const date = remarks?.discrepancies.find((d) => d.field === 'date');
    expect(date?.versions).toEqual([
      expect.objectContaining({ source: 'alliance-collapse-warning', value: 'January 26, 2026' }),
      expect.objectContaining({ source: 'alliance-would-weaken', value: 'on Tuesday' }),
    ]);
    expect(remarks?.coverage).toEqual({ articles: ['alliance-collapse-warning', 'alliance-would-weaken'] });
    // Nested dates at different precisions (February 8 and "next month") are no discrepancy.
    expect(comparison.find((f) => f.fact === 'lower-house-election')?.discrepancies.map((d) => d.field)).not.toContain(
      'date',
    );
  });

  it('keeps the timeline’s conflicting dates for the TV remarks', () => {
    const entries = readJson('data/timeline.json').entries as Array<{
      fact: string;
      conflictingDates: Array<{ value: string }>;
    }>;
    expect(entries.find((e) => e.fact === 'tv-remarks')?.conflictingDates.map((d) => d.value)).toEqual([
      '2026-01-26',
      '2026-01-27',
    ]);
  });

  it('gives the same bytes when built again (no build time anywhere)', () => {
    const files = [...NAMES.map((n) => `data/${n}.json`), ...NAMES.map((n) => `data/schema/${n}.json`), 'timeline.ics'];
    const before = files.map((file) => readFileSync(join(dist, file), 'utf8'));
    const again = project.build();
    expect(again.status, again.output).toBe(0);
    expect(files.map((file) => readFileSync(join(dist, file), 'utf8'))).toEqual(before);
  });
});
