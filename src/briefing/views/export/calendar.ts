import ical, { ICalEventTransparency } from 'ical-generator';
import { datesCompatible, formatDate, formatDateRange } from '../../../model/dates';
import { comparisonOf, type Briefing, type FactComparison } from '../briefing';
import type { Standing } from '../grouped-comparison';
import { DRAFTED_LABEL } from '../review-state';
import type { TimelineEntry } from '../graph';
import { paths } from '../../../model/paths';
import { allDaySpan } from './all-day-span';
import { latestUpdate } from './latest-update';
import type { SiteLinks } from './site-links';

/** Used for DTSTAMP only when the briefing has no sources at all (so there is no update day to use). */
const NO_UPDATE_YET = '1970-01-01';

/**
 * The timeline as an iCalendar file: one all-day event per dated fact. Dates known only to the month or
 * year span the whole month or year, and the description says how precisely the date is known. UIDs
 * and DTSTAMP come from content (fact id; the latest update day), so a rebuild gives the same bytes.
 * `name` is the calendar's name as subscribers see it (from the briefing's settings).
 */
export function timelineCalendar(graph: Briefing, links: SiteLinks, name: string): string {
  const host = new URL(links.root).host;
  const stamp = utcMidnight(latestUpdate(graph) ?? NO_UPDATE_YET);
  const calendar = ical({
    name,
    prodId: { company: host, product: 'briefing-timeline', language: 'EN' },
    url: links.absolute(paths.timeline()),
  });
  for (const entry of graph.timeline) {
    const span = allDaySpan(entry.start, entry.end);
    calendar.createEvent({
      id: `${entry.factId}@${host}`,
      stamp,
      allDay: true,
      // No calendar time zone: ical-generator then writes the UTC date of these midnights, the very day.
      start: utcMidnight(span.start),
      end: utcMidnight(span.endExclusive),
      summary: entry.title,
      description: eventDescription(entry, graph, links),
      url: links.absolute(paths.fact(entry.factId)),
      categories: [{ name: entry.kind }],
      // Past events of a news story: they should never show the subscriber as busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/** Summary, date and its precision, sources, and the sources' own dates where they conflict. */
export function eventDescription(entry: TimelineEntry, graph: Briefing, links: SiteLinks): string {
  const label = graph.label;
  const summary = graph.facts.get(entry.factId)?.data.summary ?? entry.title;
  const lines = [summary, '', `Date: ${formatDateRange(entry.start, entry.end)} (${precisionNote(entry)}).`];
  if (entry.sources.length > 0) {
    lines.push(
      `Sources: ${entry.sources.map((id) => `${label(id)} <${links.absolute(paths.article(id))}>`).join('; ')}.`,
    );
  }
  const compared = comparisonOf(graph, entry.factId);
  const drafted = [...compared.drafted];
  if (drafted.length > 0)
    lines.push(`${DRAFTED_LABEL}: the account${drafted.length === 1 ? '' : 's'} of ${drafted.map(label).join('; ')}.`);
  if (entry.conflictingDates.length > 0) {
    const versions = entry.conflictingDates.map((d) => {
      const read = `${formatDate(d.value)}${d.inferred ? `, inferred: ${d.inferred.replace(/\.$/, '')}` : ''}${d.review === 'drafted' ? `; ${DRAFTED_LABEL.toLowerCase()}` : ''}`;
      return `${label(d.source)}: “${d.asWritten}” (${read})`;
    });
    lines.push(`${dateDifferenceLead(dateStanding(entry, compared))}: ${versions.join('; ')}.`);
  }
  return lines.join('\n');
}

/**
 * The standing of the sources' difference on the date: the fact's grouped comparison (what its page shows)
 * gives it; where that comparison counts no date difference, it is confirmed when the reviewed dates alone conflict.
 */
function dateStanding(entry: TimelineEntry, compared: FactComparison): Standing {
  const grouped = compared.grouped.find((g) => g.discrepancy.field === 'date');
  if (grouped) return grouped.standing;
  const reviewed = entry.conflictingDates.filter((d) => d.review === 'reviewed').map((d) => d.value);
  return reviewed.some((a) => reviewed.some((b) => !datesCompatible(a, b))) ? 'confirmed' : 'unconfirmed';
}

/** A drafted-only difference is not stated as one: it is unconfirmed until an editor reviews the accounts. */
function dateDifferenceLead(standing: Standing): string {
  return standing === 'confirmed'
    ? 'Sources differ on the date'
    : `Unconfirmed — the date differs only in accounts ${DRAFTED_LABEL.toLowerCase()}`;
}

function precisionNote(entry: TimelineEntry): string {
  const range = entry.end && entry.end !== entry.start;
  if (entry.precision === 'day') return range ? 'exact days, a range' : 'exact day';
  const unit = entry.precision;
  return `known to the ${unit} only; the event spans the whole ${unit}${range ? 's of the range' : ''}`;
}

function utcMidnight(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
