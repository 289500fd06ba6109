/**
 * `npm run schemas`: writes the JSON Schemas of every content file kind to `schemas/` and the YAML
 * editor settings to `.vscode/settings.json`, from the zod schemas in `src/schemas/`. Run it after
 * changing a schema; a test fails while the written files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CONTENT_KINDS,
  contentJsonSchemaText,
  SCHEMA_FOLDER,
  schemaPath,
  yamlSchemaSettings,
  type ContentKind,
} from '../src/schemas/content-json-schemas';

/** The editor settings with `yaml.schemas` set, other settings kept. */
export function editorSettingsText(current: string | undefined): string {
  const settings = current ? (JSON.parse(current) as Record<string, unknown>) : {};
  settings['yaml.schemas'] = yamlSchemaSettings();
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function main(root: string): void {
  mkdirSync(join(root, SCHEMA_FOLDER), { recursive: true });
  for (const kind of Object.keys(CONTENT_KINDS) as ContentKind[]) {
    writeFileSync(join(root, schemaPath(kind)), contentJsonSchemaText(kind));
    console.log(`✓ ${schemaPath(kind)}`);
  }
  const settingsFile = join(root, '.vscode', 'settings.json');
  mkdirSync(join(root, '.vscode'), { recursive: true });
  writeFileSync(
    settingsFile,
    editorSettingsText(existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined),
  );
  console.log('✓ .vscode/settings.json (yaml.schemas)');
}

// Run only as a script: the test imports `editorSettingsText`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(resolve('.'));
