import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorSettingsText } from '../../scripts/write-schemas';
import {
  CONTENT_KINDS,
  contentJsonSchemaText,
  schemaModeline,
  schemaPath,
  type ContentKind,
} from '../../src/schemas/content-json-schemas';
import { projectRoot } from '../support/content-copy';
import { planFixture } from '../import/helpers';

const KINDS = Object.keys(CONTENT_KINDS) as ContentKind[];
const read = (relative: string) => readFileSync(join(projectRoot, relative), 'utf8');
const committed = (kind: ContentKind) => JSON.parse(read(schemaPath(kind))) as Record<string, unknown>;

/** The files of a kind in the real content (globs of the form `folder/*.ext` or a single file). */
function filesOf(kind: ContentKind): string[] {
  return CONTENT_KINDS[kind].files.flatMap((glob) => {
    if (!glob.includes('*')) return [glob];
    const folder = dirname(glob);
    const ext = glob.slice(glob.lastIndexOf('.'));
    return readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith(ext))
      .map((name) => `${folder}/${name}`);
  });
}

/** A file's YAML as an editor's YAML language server reads it (frontmatter only, for Markdown). */
function yamlOf(kind: ContentKind, relative: string): unknown {
  const text = read(relative);
  if (!CONTENT_KINDS[kind].frontmatter) return parse(text);
  return parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '');
}

describe('JSON Schemas for editors', () => {
  it.each(KINDS)('schemas/%s.schema.json is current (run `npm run schemas` after changing a zod schema)', (kind) => {
    expect(read(schemaPath(kind))).toBe(contentJsonSchemaText(kind));
  });

  it('the YAML editor settings map every YAML content folder to its schema and are current', () => {
    const current = read('.vscode/settings.json');
    expect(editorSettingsText(current)).toBe(current);
    const mapped = (JSON.parse(current) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
    expect(Object.keys(mapped).sort()).toEqual([
      './src/schemas/json/briefing.schema.json',
      './src/schemas/json/cited-source.schema.json',
      './src/schemas/json/correction.schema.json',
      './src/schemas/json/fact.schema.json',
      './src/schemas/json/framing.schema.json',
    ]);
    for (const schema of Object.keys(mapped)) expect(existsSync(join(projectRoot, schema)), schema).toBe(true);
  });

  it.each(KINDS)('every field of the %s schema has a description for the editor to show', (kind) => {
    const undocumented: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      for (const [name, field] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        // Inside a union, the status literal names its variant; every other field is described.
        if (typeof field.description !== 'string' || field.description.length < 10)
          undocumented.push(`${where}.${name}`);
        walk(field, `${where}.${name}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(schema[key], `${where}[]`);
      for (const key of ['oneOf', 'anyOf', 'allOf'])
        for (const option of (schema[key] as unknown[] | undefined) ?? []) walk(option, where);
    };
    walk(committed(kind), kind);
    expect(undocumented).toEqual([]);
  });

  describe.each(KINDS)('the %s schema', (kind) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(committed(kind));

    it.each(filesOf(kind))('accepts %s, as an editor reads it', (relative) => {
      const valid = validate(yamlOf(kind, relative));
      expect(validate.errors ?? [], relative).toEqual([]);
      expect(valid).toBe(true);
    });
  });

  it('refuses what the content check refuses: a fact date written as plain text, a misspelt field', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(committed('fact'));
    const fact = { title: 'A fact', kind: 'event', summary: 'A neutral summary of the fact here.' };
    expect(validate({ ...fact, date: { start: '2026-01-06' } })).toBe(true);
    expect(validate({ ...fact, date: '2026-01-06' })).toBe(false);
    expect(validate({ ...fact, date: { start: '2026-01-06', ned: '2026-01-07' } })).toBe(false);
    expect(validate({ ...fact, kind: 'evnt' })).toBe(false);
  });

  it('the importer writes the article schema’s $schema line, and it points at the schema from content/articles/', () => {
    const plan = planFixture('plain-text', 'article.txt');
    const [opening, modeline] = plan.article.split('\n');
    expect(opening).toBe('---');
    expect(modeline).toBe(schemaModeline('article', 2));
    const target = /\$schema=(\S+)$/u.exec(modeline ?? '')?.[1] ?? '';
    expect(existsSync(resolve(projectRoot, 'content/articles', target))).toBe(true);
  });
});
