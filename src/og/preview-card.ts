/**
 * What a social preview card says. The renderer decides how it looks; pages
 * only decide these words.
 */
export interface PreviewCard {
  /** The page type, shown small above the title: "Fact", "Timeline", "Source article". */
  kicker: string;
  /** The page's title. Long titles are shrunk, then truncated with an ellipsis. */
  title: string;
  /** One or two sentences under the title; truncated to two lines. */
  description?: string;
  /** The site's name line at the bottom, e.g. "<story title> — a source briefing" (from content/briefing.yaml). */
  footer?: string;
}
