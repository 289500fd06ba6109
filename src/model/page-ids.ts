/**
 * The ids an article page gives its own parts, outside the article's text. A block of the article may
 * not have one of them: the id would be on the page twice, and a link to it (or the skip link, or the
 * contents) would land on whichever comes first. Derived ids step around them; an explicit `{#id}` or
 * an `anchorAliases` key that is one of them is a content problem.
 *
 * The one list of them: a build test checks that every id of a built article page outside the
 * article body is here, and a browser test that the ids its scripts add are.
 */
export const ARTICLE_PAGE_IDS: ReadonlySet<string> = new Set([
  // The layout (src/layouts/Base.astro): the skip link's target and the theme switch.
  'main',
  'theme',
  // The article page's own sections (src/pages/articles/[id].astro), listed in its contents.
  'facts-in-article',
  'framing',
  'cited-in-article',
  'briefing-sources',
  // Added by the page's scripts: the search dialog (src/scripts/search.ts) and link previews (src/scripts/previews.ts).
  'search-dialog-title',
  'search-dialog-query',
  'link-preview',
]);
