import { parseParagraphRef } from './paragraph-ref';

/** Site-relative addresses of every page; these URLs are part of the product and must not change. */
export const paths = {
  snapshot: () => '/',
  timeline: () => '/timeline/',
  sources: () => '/sources/',
  facts: () => '/facts/',
  search: () => '/search/',
  about: () => '/about/',
  fact: (id: string) => `/facts/${id}/`,
  article: (id: string) => `/articles/${id}/`,
  paragraph: (articleId: string, blockId: string) => `/articles/${articleId}/#${encodeURIComponent(blockId)}`,
  /** A `article#block` reference as an address. */
  ref: (ref: string) => {
    const { articleId, blockId } = parseParagraphRef(ref);
    return `/articles/${articleId}/#${encodeURIComponent(blockId)}`;
  },
} as const;

/** The deployment base as every address starts with it: Astro's `base` with a trailing slash (`/`, `/briefing/`). */
export function basePath(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The site-relative path of an address under the deployment base: `/briefing/facts/x/` → `/facts/x/`. */
export function withoutBase(base: string, pathname: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) || '/' : pathname;
}

/** Prefixes a site-relative path with the deployment base (`/` or e.g. `/briefing/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
