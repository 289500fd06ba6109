import type { APIRoute } from 'astro';
import { timelineExport } from '../../briefing/views/export/timeline';
import { exportResponse } from '../../briefing/views/export/json-response';
import { siteLinks } from '../../briefing/views/export/site-links';
import { loadBriefing } from '../../lib/briefing-data';

/** `/data/timeline.json`: see docs/data.md; its shape is published at `/data/schema/timeline.json`. */
export const GET: APIRoute = async ({ site }) => {
  const { briefing } = await loadBriefing();
  return exportResponse('timeline', timelineExport(briefing, siteLinks(site, import.meta.env.BASE_URL)));
};
