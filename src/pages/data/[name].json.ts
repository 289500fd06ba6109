import type { APIRoute, GetStaticPaths } from 'astro';
import { comparisonExport } from '../../briefing/views/export/comparison';
import { factsExport } from '../../briefing/views/export/facts';
import { exportResponse } from '../../briefing/views/export/json-response';
import { EXPORT_NAMES, type ExportName } from '../../briefing/views/export/schemas';
import { siteLinks } from '../../briefing/views/export/site-links';
import { sourcesExport } from '../../briefing/views/export/sources';
import { timelineExport } from '../../briefing/views/export/timeline';
import { loadBriefing } from '../../lib/briefing-data';
import { wholeBriefingPage } from '../../lib/cache-keys';

/**
 * The data exports, `/data/<name>.json` (see docs/data.md): facts, sources, timeline and comparison,
 * each with its shape published at `/data/schema/<name>.json`.
 */
export const getStaticPaths = (async () =>
  (
    await Promise.all(EXPORT_NAMES.map((name) => wholeBriefingPage(`/data/${name}.json`, { name })))
  ).flat()) satisfies GetStaticPaths;

const EXPORTS = {
  facts: factsExport,
  sources: sourcesExport,
  timeline: timelineExport,
  comparison: comparisonExport,
} satisfies Record<ExportName, unknown>;

export const GET: APIRoute<never, { name: ExportName }> = async ({ params, site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse(params.name, EXPORTS[params.name](briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
