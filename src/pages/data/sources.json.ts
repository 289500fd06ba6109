import type { APIRoute } from 'astro';
import { sourcesExport } from '../../briefing/views/export/sources';
import { exportResponse } from '../../briefing/views/export/json-response';
import { siteLinks } from '../../briefing/views/export/site-links';
import { loadBriefing } from '../../lib/briefing-data';

/** `/data/sources.json`: see docs/data.md; its shape is published at `/data/schema/sources.json`. */
export const GET: APIRoute = async ({ site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse('sources', sourcesExport(briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
