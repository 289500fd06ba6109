import { z } from 'astro/zod';
import { analysisSchema } from './analysis';
import { articleSchema } from './article';
import { briefingSchema } from './briefing';
import { citedSourceSchema } from './cited-source';
import { correctionSchema } from './correction';
import { factSchema } from './fact';
import { framingSchema } from './framing';

/** Where the JSON Schemas for editors are written, relative to the project root. */
export const SCHEMA_FOLDER = 'src/schemas/json';

/**
 * Every kind of content file, its zod schema, and the files it describes (globs relative to the project
 * root). One table, read by `scripts/write-schemas.ts` for the schema files and the editor settings and
 * by the importer for the `$schema` line it writes.
 */
export const CONTENT_KINDS = {
  article: { schema: articleSchema, files: ['content/articles/*.md'], frontmatter: true },
  fact: { schema: factSchema, files: ['content/facts/*.yaml'], frontmatter: false },
  'cited-source': { schema: citedSourceSchema, files: ['content/cited-sources/*.yaml'], frontmatter: false },
  framing: { schema: framingSchema, files: ['content/framing/*.yaml'], frontmatter: false },
  analysis: { schema: analysisSchema, files: ['content/analysis/*.mdx'], frontmatter: true },
  briefing: { schema: briefingSchema, files: ['content/briefing.yaml'], frontmatter: false },
  correction: { schema: correctionSchema, files: ['content/corrections/*.yaml'], frontmatter: false },
} as const;

export type ContentKind = keyof typeof CONTENT_KINDS;

/** `src/schemas/json/<kind>.schema.json`. */
export function schemaPath(kind: ContentKind): string {
  return `${SCHEMA_FOLDER}/${kind}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of a content file kind, generated from its zod schema with every
 * field's description: what an editor writes (`input`: defaults make fields optional; dates are text).
 */
export function contentJsonSchema(kind: ContentKind): Record<string, unknown> {
  return z.toJSONSchema(CONTENT_KINDS[kind].schema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}

/** The file's text: stable key order as generated, two-space indent, final newline. */
export function contentJsonSchemaText(kind: ContentKind): string {
  return `${JSON.stringify(contentJsonSchema(kind), null, 2)}\n`;
}

/**
 * The `yaml.schemas` setting of the YAML language server (VS Code's YAML extension and editors using
 * the same server): schema file → the YAML files it describes. Markdown frontmatter is not YAML to
 * these editors; articles carry a `$schema` comment instead (see `schemaModeline`).
 */
export function yamlSchemaSettings(): Record<string, string[]> {
  const settings: Record<string, string[]> = {};
  for (const [kind, entry] of Object.entries(CONTENT_KINDS) as Array<
    [ContentKind, (typeof CONTENT_KINDS)[ContentKind]]
  >) {
    if (!entry.frontmatter) settings[`./${schemaPath(kind)}`] = [...entry.files];
  }
  return settings;
}

/** The comment that names a file's schema for the YAML language server, from a file `depth` folders below the root. */
export function schemaModeline(kind: ContentKind, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaPath(kind)}`;
}
