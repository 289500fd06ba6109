import ICAL from 'ical.js';

/** One VEVENT as a calendar client reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** True when DTSTART is a date without a time (an all-day event). */
  allDay: boolean;
  /** DTSTART and DTEND as ical.js prints them (`2026-01-26` for dates). */
  start: string;
  end: string;
  endIsDate: boolean;
  stamp: string;
  transparency: string;
}

/** Parses an iCalendar text with ical.js: what a subscriber's client would see, not how it is spelled. */
export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      allDay: event.startDate.isDate,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      endIsDate: event.endDate.isDate,
      stamp: String(component.getFirstPropertyValue('dtstamp')),
      transparency: String(component.getFirstPropertyValue('transp')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
