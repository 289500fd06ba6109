import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../model/paths';

/**
 * Finds the redirect pages left at the old addresses of renamed facts and articles, once the build has
 * written them: a page is a redirect when its own head says so (`<meta http-equiv="refresh">`, see
 * RedirectPage.astro). Listed before the sitemap, whose filter asks `isRedirect` for each page.
 */
export function redirectPages(): AstroIntegration & { isRedirect: (pageUrl: string) => boolean } {
  const redirects = new Set<string>();
  let base = '/';
  return {
    name: 'redirect-pages',
    isRedirect: (pageUrl) => redirects.has(new URL(pageUrl).pathname.replace(/\/?$/, '/')),
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        for (const { pathname } of pages) {
          if (headOf(join(out, pathname, 'index.html')).includes('http-equiv="refresh"'))
            redirects.add(`${base}${pathname}`.replace(/\/?$/, '/'));
        }
      },
    },
  };
}

/** The first 2 KB of a file (the page's head), or nothing for a page that is not HTML. */
function headOf(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(2048);
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}
