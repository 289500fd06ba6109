import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { logEntryId } from '../briefing/views/changes-log';
import { formatDate } from '../model/dates';
import { paths, withBase } from '../model/paths';
import { DRAFTED_LABEL } from '../briefing/views/review-state';
import { loadBriefing } from '../lib/briefing-data';
import { wholeBriefingPage } from '../lib/cache-keys';

/** One path, `/updates.xml`, keyed by the whole briefing: restored when no content changed (src/lib/cache-keys.ts). */
export const getStaticPaths = (() => wholeBriefingPage('/updates.xml', { feed: 'updates' })) satisfies GetStaticPaths;

const KIND = { correction: 'Correction', clarification: 'Clarification', change: 'Change' } as const;

/**
 * The briefing's history as an RSS feed: one item per day sources were added and one per correction,
 * clarification or change an editor recorded (`content/corrections/`), newest first.
 */
export const GET: APIRoute = async ({ site }) => {
  const { briefing, names: siteNames } = await loadBriefing();
  const base = import.meta.env.BASE_URL;
  const log = briefing.changes;
  // Absolute, so the feed library leaves it alone (it would add a slash after the fragment).
  const link = (path: string) => new URL(withBase(base, path), site).href;
  // Accounts the build or importer drafted for the added sources are named as drafts, never as the briefing's reading.
  const draftedNote = (articleIds: readonly string[]) => {
    const drafted = articleIds.flatMap((id) =>
      (briefing.draftedBySource.get(id) ?? []).map(
        (factId) => `${briefing.facts.get(factId)?.data.title ?? factId} (${briefing.label(id)})`,
      ),
    );
    return drafted.length > 0
      ? ` ${DRAFTED_LABEL}: ${drafted.length === 1 ? 'the account of' : 'the accounts of'} ${drafted.join('; ')}.`
      : '';
  };
  return rss({
    title: siteNames.feed,
    description: 'Sources added to the briefing, and every correction and change, newest first.',
    site: new URL(base, site).href,
    items: log.map((entry) => {
      const pubDate = new Date(`${entry.date}T00:00:00Z`);
      if (entry.kind === 'added') {
        const names = entry.articleIds.map((id) => `${briefing.label(id)}: “${briefing.headline(id).text}”`);
        return {
          title: `Updated ${formatDate(entry.date)}: added ${entry.articleIds.length} source${entry.articleIds.length === 1 ? '' : 's'}`,
          link: link(`${paths.sources()}#update-${entry.date}`),
          pubDate,
          description: `Added: ${names.join('; ')}.${draftedNote(entry.articleIds)}`,
        };
      }
      const pages = [
        ...entry.facts.map((id) => briefing.facts.get(id)?.data.title ?? id),
        ...entry.articles.map((id) => briefing.headline(id).text),
      ];
      return {
        title: `${KIND[entry.kind]}, ${formatDate(entry.date)}`,
        link: link(`${paths.about()}#${logEntryId(entry)}`),
        pubDate,
        description: `${entry.summary}${pages.length > 0 ? ` Pages changed: ${pages.join('; ')}.` : ''}`,
      };
    }),
  });
};
