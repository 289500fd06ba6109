import type { Briefing } from '../briefing';
import { paths } from '../../../model/paths';
import { exportEnvelope } from './envelope';
import type { TimelineExport } from './schemas';
import type { SiteLinks } from './site-links';

/** `/data/timeline.json`: the dated facts in the timeline's order, with the dates sources disagree on. */
export function timelineExport(graph: Briefing, links: SiteLinks): TimelineExport {
  return {
    ...exportEnvelope('timeline', graph, links),
    entries: graph.timeline.map((entry) => ({
      fact: entry.factId,
      title: entry.title,
      kind: entry.kind,
      start: entry.start,
      ...(entry.end ? { end: entry.end } : {}),
      precision: entry.precision,
      url: links.absolute(paths.fact(entry.factId)),
      sources: [...entry.sources],
      conflictingDates: entry.conflictingDates.map((date) => ({
        source: date.source,
        asWritten: date.asWritten,
        value: date.value,
        ...(date.inferred ? { inferred: date.inferred } : {}),
        review: date.review,
      })),
    })),
  };
}
