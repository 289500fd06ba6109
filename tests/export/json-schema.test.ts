import { describe, expect, it } from 'vitest';
import { comparisonExport } from '../../src/briefing/views/export/comparison';
import { factsExport } from '../../src/briefing/views/export/facts';
import { exportJsonSchema } from '../../src/briefing/views/export/json-schema';
import { EXPORT_NAMES, type ExportName } from '../../src/briefing/views/export/schemas';
import { sourcesExport } from '../../src/briefing/views/export/sources';
import { timelineExport } from '../../src/briefing/views/export/timeline';
import { jsonSchemaValidator } from './ajv';
import { links, syntheticGraph } from './synthetic-graph';

const graph = syntheticGraph();
const builders = {
  facts: factsExport,
  sources: sourcesExport,
  timeline: timelineExport,
  comparison: comparisonExport,
} as const;
const schemas = EXPORT_NAMES.map((name) => exportJsonSchema(name, links));
const ajv = jsonSchemaValidator(schemas);
/** The export as a consumer reads it: parsed from its JSON text. */
const published = (name: ExportName) =>
  JSON.parse(JSON.stringify(builders[name](graph, links))) as Record<string, unknown>;
const validate = (data: Record<string, unknown>) => {
  const check = ajv.getSchema(String(data.$schema));
  if (!check) throw new Error(`no published schema at ${String(data.$schema)}`);
  return { valid: check(data), errors: check.errors ?? [] };
};

/** Every subschema that describes a property, with its path. */
function properties(schema: unknown, path = '$'): Array<{ path: string; schema: Record<string, unknown> }> {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own = Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>).map(
    ([key, value]) => ({ path: `${path}.${key}`, schema: value }),
  );
  const children = Object.entries(node).flatMap(([key, value]) =>
    key === 'properties'
      ? Object.entries(value as Record<string, unknown>).flatMap(([name, sub]) => properties(sub, `${path}.${name}`))
      : Array.isArray(value)
        ? value.flatMap((item, i) => properties(item, `${path}.${key}[${i}]`))
        : properties(value, `${path}.${key}`),
  );
  return [...own, ...children];
}

describe('the published JSON Schemas', () => {
  it.each(EXPORT_NAMES)('%s is draft 2020-12, published where the exports say, with a title', (name) => {
    const schema = exportJsonSchema(name, links);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://example.org/briefing/data/schema/${name}.json`);
    expect(schema.title).toBe(`Briefing ${name} export`);
  });

  it.each(EXPORT_NAMES)('%s documents every field', (name) => {
    const found = properties(exportJsonSchema(name, links));
    expect(found.length).toBeGreaterThan(5);
    const undocumented = found.filter(({ schema }) => typeof schema.description !== 'string').map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });

  it.each(EXPORT_NAMES)('accepts the %s export as written', (name) => {
    const result = validate(published(name));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('refuses files that break the documented shape', () => {
    const wrongVersion = { ...published('facts'), version: '2.0' };
    expect(validate(wrongVersion).valid).toBe(false);

    const facts = published('facts');
    const [first, ...rest] = facts.facts as Array<Record<string, unknown>>;
    const { url: _dropped, ...withoutUrl } = first ?? {};
    expect(validate({ ...facts, facts: [withoutUrl, ...rest] }).valid).toBe(false);

    const sources = published('sources');
    const [article] = sources.articles as Array<{ metadata: Record<string, unknown> }>;
    // An inferred value without its reason is exactly what the briefing must never publish.
    const unexplained = {
      ...article,
      metadata: { ...article?.metadata, published: { status: 'inferred', value: '2026-01-27', qualifier: 'exact' } },
    };
    expect(validate({ ...sources, articles: [unexplained] }).valid).toBe(false);

    const timeline = published('timeline');
    const [entry] = timeline.entries as Array<Record<string, unknown>>;
    expect(validate({ ...timeline, entries: [{ ...entry, start: '27 January 2026' }] }).valid).toBe(false);
  });
});
