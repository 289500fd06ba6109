import { withBase } from '../../../model/paths';

/** Absolute addresses on the deployed site: exports, calendars and structured data are read off-site. */
export interface SiteLinks {
  /** Address of the site's root, base path included, with a trailing slash. */
  root: string;
  /** The absolute address of a site-relative path (`/facts/x/` → `https://host/base/facts/x/`). */
  absolute(path: string): string;
}

/** Links for a site (Astro's `site`) deployed under a base path (`import.meta.env.BASE_URL`). */
export function siteLinks(site: URL | string | undefined, base: string): SiteLinks {
  if (!site)
    throw new Error('Set `site` in astro.config.mjs: the data exports and structured data need absolute addresses.');
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  return { root: absolute('/'), absolute };
}
