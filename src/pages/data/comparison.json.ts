import type { APIRoute } from 'astro';
import { comparisonExport } from '../../briefing/views/export/comparison';
import { exportResponse } from '../../briefing/views/export/json-response';
import { siteLinks } from '../../briefing/views/export/site-links';
import { loadBriefing } from '../../lib/briefing-data';

/** `/data/comparison.json`: see docs/data.md; its shape is published at `/data/schema/comparison.json`. */
export const GET: APIRoute = async ({ site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse('comparison', comparisonExport(briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
