import type { APIRoute, GetStaticPaths } from 'astro';
import { timelineCalendar } from '../briefing/views/export/calendar';
import { siteLinks } from '../briefing/views/export/site-links';
import { loadBriefing } from '../lib/briefing-data';
import { wholeBriefingPage } from '../lib/cache-keys';

/** One path, `/timeline.ics`, keyed by the whole briefing: restored when no content changed (src/lib/cache-keys.ts). */
export const getStaticPaths = (() =>
  wholeBriefingPage('/timeline.ics', { calendar: 'timeline' })) satisfies GetStaticPaths;

/** `/timeline.ics`: the timeline's dated facts as all-day calendar events (see docs/data.md). */
export const GET: APIRoute = async ({ site }) => {
  const { briefing, names } = await loadBriefing();
  return new Response(timelineCalendar(briefing, siteLinks(site, import.meta.env.BASE_URL), names.calendar), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
