import type { APIRoute } from 'astro';
import { factsExport } from '../../briefing/views/export/facts';
import { exportResponse } from '../../briefing/views/export/json-response';
import { siteLinks } from '../../briefing/views/export/site-links';
import { loadBriefing } from '../../lib/briefing-data';

/** `/data/facts.json`: see docs/data.md; its shape is published at `/data/schema/facts.json`. */
export const GET: APIRoute = async ({ site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse('facts', factsExport(briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
