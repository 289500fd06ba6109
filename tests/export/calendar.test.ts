import { describe, expect, it } from 'vitest';
import { timelineCalendar } from '../../src/briefing/views/export/calendar';
import { parseCalendar } from './ical';
import { buildBriefing } from '../../src/briefing/views/briefing';
import { links, syntheticGraph, syntheticInput } from './synthetic-graph';

const graph = syntheticGraph();
const text = timelineCalendar(graph, links, 'Example story — timeline');
const { events } = parseCalendar(text);
const event = (factId: string) => events.find((e) => e.uid === `${factId}@example.org`)!;

describe('timelineCalendar', () => {
  it('carries the name it is given (the briefing settings give it)', () => {
    expect(text).toMatch(/^X-WR-CALNAME:Example story — timeline\r$/mu);
  });

  it('has one all-day event per dated fact, in timeline order, with stable ids', () => {
    expect(events.map((e) => e.uid)).toEqual(graph.timeline.map((entry) => `${entry.factId}@example.org`));
    expect(events.every((e) => e.allDay && e.endIsDate)).toBe(true);
    expect(events.every((e) => e.transparency === 'TRANSPARENT')).toBe(true);
  });

  it('spans ranges through their last day, and months or years in full', () => {
    expect([event('remarks').start, event('remarks').end]).toEqual(['2026-01-26', '2026-01-28']);
    expect([event('election').start, event('election').end]).toEqual(['2026-02-08', '2026-02-09']);
    expect([event('diet').start, event('diet').end]).toEqual(['2025-11-01', '2025-12-01']);
    expect([event('papers').start, event('papers').end]).toEqual(['2021-01-01', '2026-01-01']);
  });

  it('says in the description how precisely the date is known', () => {
    expect(event('diet').description).toContain(
      'Date: November 2025 (known to the month only; the event spans the whole month).',
    );
    expect(event('old').description).toContain('(known to the year only; the event spans the whole year)');
    expect(event('election').description).toContain('Date: 8 February 2026 (exact day).');
  });

  it('gives the title, the summary, the sources and the conflicting dates', () => {
    const remarks = event('remarks');
    expect(remarks.summary).toBe('The remarks');
    expect(remarks.url).toBe('https://example.org/briefing/facts/remarks/');
    expect(remarks.description.startsWith('A neutral summary of the fact.\n\n')).toBe(true);
    expect(remarks.description).toContain(
      'Sources: Guessed Outlet <https://example.org/briefing/articles/a/>; Example News <https://example.org/briefing/articles/b/>.',
    );
    expect(remarks.description).toContain(
      'Unconfirmed — the date differs only in accounts drafted from the text, not yet reviewed: Guessed Outlet: “January 26” (26 January 2026); Example News: “on Tuesday” (27 January 2026, inferred: Tuesday before the publication date; drafted from the text, not yet reviewed).',
    );
    expect(remarks.description).not.toContain('Sources differ on the date');
    expect(remarks.description).toContain('Drafted from the text, not yet reviewed: the account of Example News.');
    expect(event('election').description).not.toContain('differ');
  });

  it('says the sources differ on the date once an editor has reviewed the accounts that differ', () => {
    const input = syntheticInput();
    const remarks = input.facts.find((fact) => fact.id === 'remarks')!;
    remarks.data.accounts = remarks.data.accounts.map((account) => ({ ...account, review: 'reviewed' as const }));
    const reviewed = parseCalendar(timelineCalendar(buildBriefing(input), links, 'Example story — timeline'));
    const description = reviewed.events.find((e) => e.uid === 'remarks@example.org')!.description;
    expect(description).toContain(
      'Sources differ on the date: Guessed Outlet: “January 26” (26 January 2026); Example News: “on Tuesday” (27 January 2026, inferred: Tuesday before the publication date).',
    );
    expect(description).not.toContain('Unconfirmed');
  });

  it('is stamped with the latest update day, not the time of the build', () => {
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2026-12-01T00:00:00Z']));
    expect(timelineCalendar(syntheticGraph(), links, 'Example story — timeline')).toBe(text);
  });
});
