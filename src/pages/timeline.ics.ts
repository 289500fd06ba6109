import type { APIRoute } from 'astro';
import { timelineCalendar } from '../briefing/export/calendar';
import { siteLinks } from '../briefing/export/site-links';
import { loadBriefing } from '../lib/briefing-data';
import { briefingNames } from '../loader/briefing-settings';

/** `/timeline.ics`: the timeline's dated facts as all-day calendar events (see docs/data.md). */
export const GET: APIRoute = async ({ site }) => {
  const { briefing, settings } = await loadBriefing();
  return new Response(
    timelineCalendar(briefing, siteLinks(site, import.meta.env.BASE_URL), briefingNames(settings).calendar),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
};
