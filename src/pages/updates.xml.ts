import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatDate } from '../briefing/dates';
import { articleHeadline, sourceLabel } from '../briefing/labels';
import { paths, withBase } from '../briefing/paths';
import { updatesFrom } from '../briefing/updates';
import { loadBriefing } from '../lib/briefing-data';
import { briefingNames, briefingSettings } from '../loader/briefing-settings';

/** The briefing's updates as an RSS feed: one item per day sources were added. */
export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadBriefing();
  const base = import.meta.env.BASE_URL;
  const updates = updatesFrom([...graph.articles.values()]);
  return rss({
    title: briefingNames(briefingSettings()).feed,
    description: 'Sources added to the briefing, newest first.',
    site: new URL(base, site).href,
    items: updates.map((update) => {
      const names = update.articleIds.map((id) => {
        const article = graph.articles.get(id)!;
        return `${sourceLabel(article)}: “${articleHeadline(article).text}”`;
      });
      return {
        title: `Updated ${formatDate(update.date)}: added ${update.articleIds.length} source${update.articleIds.length === 1 ? '' : 's'}`,
        // Absolute, so the feed library leaves it alone (it would add a slash after the fragment).
        link: new URL(withBase(base, `${paths.sources()}#update-${update.date}`), site).href,
        pubDate: new Date(`${update.date}T00:00:00Z`),
        description: `Added: ${names.join('; ')}.`,
      };
    }),
  });
};
