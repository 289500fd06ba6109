import type { APIRoute } from 'astro';
import { factsExport } from '../../briefing/export/facts';
import { exportResponse } from '../../briefing/export/json-response';
import { siteLinks } from '../../briefing/export/site-links';
import { loadBriefing } from '../../lib/briefing-data';

/** `/data/facts.json`: see docs/data.md; its shape is published at `/data/schema/facts.json`. */
export const GET: APIRoute = async ({ site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse('facts', factsExport(briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
