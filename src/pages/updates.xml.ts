import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { changesLog, logEntryId } from '../briefing/changes-log';
import { formatDate } from '../briefing/dates';
import { articleHeadline, sourceLabel } from '../briefing/labels';
import { paths, withBase } from '../briefing/paths';
import { loadBriefing } from '../lib/briefing-data';
import { briefingNames, briefingSettings } from '../loader/briefing-settings';

const KIND = { correction: 'Correction', clarification: 'Clarification', change: 'Change' } as const;

/**
 * The briefing's history as an RSS feed: one item per day sources were added and one per correction,
 * clarification or change an editor recorded (`content/corrections/`), newest first.
 */
export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadBriefing();
  const base = import.meta.env.BASE_URL;
  const corrections = (await getCollection('corrections')).map((entry) => ({ id: entry.id, data: entry.data }));
  const log = changesLog({ articles: [...graph.articles.values()], corrections });
  // Absolute, so the feed library leaves it alone (it would add a slash after the fragment).
  const link = (path: string) => new URL(withBase(base, path), site).href;
  return rss({
    title: briefingNames(briefingSettings()).feed,
    description: 'Sources added to the briefing, and every correction and change, newest first.',
    site: new URL(base, site).href,
    items: log.map((entry) => {
      const pubDate = new Date(`${entry.date}T00:00:00Z`);
      if (entry.kind === 'added') {
        const names = entry.articleIds.map((id) => {
          const article = graph.articles.get(id)!;
          return `${sourceLabel(article)}: “${articleHeadline(article).text}”`;
        });
        return {
          title: `Updated ${formatDate(entry.date)}: added ${entry.articleIds.length} source${entry.articleIds.length === 1 ? '' : 's'}`,
          link: link(`${paths.sources()}#update-${entry.date}`),
          pubDate,
          description: `Added: ${names.join('; ')}.`,
        };
      }
      const pages = [...entry.facts.map((id) => graph.facts.get(id)?.data.title ?? id), ...entry.articles.map((id) => articleHeadline(graph.articles.get(id)!).text)];
      return {
        title: `${KIND[entry.kind]}, ${formatDate(entry.date)}`,
        link: link(`${paths.about()}#${logEntryId(entry)}`),
        pubDate,
        description: `${entry.summary}${pages.length > 0 ? ` Pages changed: ${pages.join('; ')}.` : ''}`,
      };
    }),
  });
};
