import type { ExportName } from './schemas';

/** Site-relative addresses of the data exports; like page addresses, they are part of the product. */
export const exportPaths = {
  /** The export itself, e.g. `/data/facts.json`. */
  data: (name: ExportName) => `/data/${name}.json`,
  /** The JSON Schema the export follows, e.g. `/data/schema/facts.json`. */
  schema: (name: ExportName) => `/data/schema/${name}.json`,
  /** The timeline as an iCalendar file. */
  calendar: () => '/timeline.ics',
} as const;
