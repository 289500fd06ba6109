/** One entry of a page's "On this page" contents: a section and its address on the page. */
export interface ContentsEntry {
  /** The section heading's id (the fragment the entry links to). */
  id: string;
  /** The heading's text. */
  text: string;
  /** 2 for a section, 3 for a subsection. */
  depth: 2 | 3;
}

/** A page with fewer sections than this is short enough to read without contents. */
export const MIN_CONTENTS_ENTRIES = 3;

/**
 * The contents of a page from its headings in document order (Markdown headings as Astro collects
 * them, `{ depth, slug, text }`, and the page's own sections): sections and subsections only, and none
 * at all for a short page. Headings without an id cannot be linked and are left out.
 */
export function pageContents(
  headings: ReadonlyArray<{ depth: number; slug: string; text: string }>,
  minimum = MIN_CONTENTS_ENTRIES,
): ContentsEntry[] {
  const entries = headings
    .filter((heading) => (heading.depth === 2 || heading.depth === 3) && heading.slug !== '')
    .map((heading) => ({ id: heading.slug, text: heading.text.trim(), depth: heading.depth as 2 | 3 }));
  return entries.length >= minimum ? entries : [];
}
