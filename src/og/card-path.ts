/**
 * Where a page's preview image lives: the page path with its trailing slash
 * turned into `.png`, under `/og/`. The home page becomes `/og/index.png`.
 *
 *   /                                → /og/index.png
 *   /timeline/                       → /og/timeline.png
 *   /facts/tv-remarks/               → /og/facts/tv-remarks.png
 *   /articles/alliance-would-weaken/ → /og/articles/alliance-would-weaken.png
 *
 * `pagePath` is the path within the site, without any configured `base`
 * (prefix the result with the base, as for any other link). A query string or
 * fragment is ignored, as is a trailing `index.html` or `.html`.
 */
export function cardPathFor(pagePath: string): string {
  const path = pagePath.replace(/[?#].*$/su, '');
  if (!path.startsWith('/')) {
    throw new TypeError(`cardPathFor expects a site-absolute path starting with "/", got "${pagePath}"`);
  }

  const segments = path
    .replace(/(?:\/index)?\.html$/u, '')
    .split('/')
    .filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new TypeError(`cardPathFor expects a normalised path without "." or "..", got "${pagePath}"`);
  }

  return `/og/${segments.length === 0 ? 'index' : segments.join('/')}.png`;
}
