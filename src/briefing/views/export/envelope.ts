import type { Briefing } from '../briefing';
import { exportPaths } from './export-paths';
import { latestUpdate } from './latest-update';
import { EXPORT_VERSION, type ExportEnvelope, type ExportName } from './schemas';
import type { SiteLinks } from './site-links';

/** The fields every export starts with: its schema, its shape version and what it was generated from. */
export function exportEnvelope(name: ExportName, graph: Pick<Briefing, 'updates'>, links: SiteLinks): ExportEnvelope {
  const asOf = latestUpdate(graph);
  return {
    $schema: links.absolute(exportPaths.schema(name)),
    version: EXPORT_VERSION,
    generated: { site: links.root, ...(asOf ? { asOf } : {}) },
  };
}
