import type { BriefingSettings } from '../../schemas/briefing';

/** The names the site gives itself, made from the story's title. */
export interface BriefingNames {
  /** "<title> — a source briefing": the site name in titles, Open Graph and preview cards. */
  site: string;
  /** "<title> — briefing updates": the RSS feed. */
  feed: string;
  /** "<title> — timeline": the iCalendar file. */
  calendar: string;
}

export function briefingNames(settings: BriefingSettings): BriefingNames {
  return {
    site: `${settings.title} — a source briefing`,
    feed: `${settings.title} — briefing updates`,
    calendar: `${settings.title} — timeline`,
  };
}
