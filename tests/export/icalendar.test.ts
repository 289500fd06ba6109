import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';
import { parseCalendar, type ParsedEvent } from './ical';

/** The timeline calendar as published by the real `npm run build`, read back with a calendar parser. */
let project: ReturnType<typeof copyProject>;
let events: ParsedEvent[];
let calendarName: string;
let timeline: Array<{ fact: string; title: string; url: string; precision: string }>;
const event = (factId: string) => events.find((e) => e.uid === `${factId}@briefing.example.org`);

beforeAll(() => {
  project = copyProject();
  const result = project.build();
  expect(result.status, result.output).toBe(0);
  const parsed = parseCalendar(project.read('dist/timeline.ics'));
  events = parsed.events;
  calendarName = parsed.name;
  timeline = (JSON.parse(readFileSync(project.path('dist/data/timeline.json'), 'utf8')) as { entries: typeof timeline })
    .entries;
});
afterAll(() => project?.remove());

describe('the published timeline calendar', () => {
  it('has one event per dated fact of the timeline, titled and linked like it', () => {
    expect(calendarName).toContain('timeline');
    expect(timeline.length).toBeGreaterThanOrEqual(8);
    expect(events.map((e) => e.uid)).toEqual(timeline.map((entry) => `${entry.fact}@briefing.example.org`));
    for (const entry of timeline) {
      expect(event(entry.fact)?.summary).toBe(entry.title);
      expect(event(entry.fact)?.url).toBe(entry.url);
    }
  });

  it('makes every event all-day, with date-only start and end', () => {
    for (const e of events) {
      expect(e.allDay, e.uid).toBe(true);
      expect(e.endIsDate, e.uid).toBe(true);
      expect(e.end > e.start, e.uid).toBe(true);
    }
  });

  it('spans the TV remarks over 26 and 27 January 2026, and says the sources differ on the day', () => {
    const remarks = event('tv-remarks');
    expect([remarks?.start, remarks?.end]).toEqual(['2026-01-26', '2026-01-28']);
    expect(remarks?.description).toContain('Sources differ on the date:');
    expect(remarks?.description).toContain('“January 26, 2026” (26 January 2026)');
    expect(remarks?.description).toContain('“on Tuesday” (27 January 2026, inferred:');
  });

  it('spans month- and year-precision facts over the whole month or year, and says so', () => {
    const diet = event('diet-remarks-november-2025');
    expect([diet?.start, diet?.end]).toEqual(['2025-11-01', '2025-12-01']);
    expect(diet?.description).toContain('known to the month only');
    const treaty = event('security-treaty-1960');
    expect([treaty?.start, treaty?.end]).toEqual(['1960-01-01', '1961-01-01']);
    expect(treaty?.description).toContain('known to the year only');
    const election = event('lower-house-election');
    expect([election?.start, election?.end]).toEqual(['2026-02-08', '2026-02-09']);
    expect(election?.description).toContain('(exact day)');
  });

  it('is stamped with the latest update day from the content, not the build time', () => {
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2026-11-22T00:00:00Z']));
  });
});
