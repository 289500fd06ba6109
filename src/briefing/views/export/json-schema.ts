import { z } from 'astro/zod';
import { exportPaths } from './export-paths';
import { exportSchemas, type ExportName } from './schemas';
import type { SiteLinks } from './site-links';

/**
 * The published JSON Schema (draft 2020-12) of an export, generated from its zod schema so the two
 * cannot drift apart; `$id` is where it is published, which is what each export's `$schema` names.
 */
export function exportJsonSchema(name: ExportName, links: SiteLinks): Record<string, unknown> {
  // `output`: the schema describes the files as written, not what a parser would accept.
  const { $schema, ...rest } = z.toJSONSchema(exportSchemas[name], { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: links.absolute(exportPaths.schema(name)), ...rest };
}
