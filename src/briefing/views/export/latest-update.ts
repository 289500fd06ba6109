import type { Briefing } from '../briefing';

/**
 * The day of the briefing's latest update: the newest `added` date of its sources. Exports and the
 * calendar date themselves by it instead of the build time, so that a rebuild gives the same bytes.
 */
export function latestUpdate(briefing: Pick<Briefing, 'updates'>): string | undefined {
  return briefing.updates[0]?.date;
}
