import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentProblems } from '../content-layer/current-problems';
import { problemsPage } from './problems-page';

/** Vite's own modules and assets, which the dev server must go on serving (its client, the styles). */
const VITE_PATH = /^\/(?:@|node_modules\/|src\/|\.astro\/|_astro\/)/u;

/**
 * Whether a request is for something Astro would render from the content — a page, the 404 page, the
 * briefing's data — rather than Vite's modules or a file of `public/` (`isPublicFile`).
 */
export function rendersContent(url: string, isPublicFile: (path: string) => boolean): boolean {
  if (VITE_PATH.test(url)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return true;
  }
  return !isPublicFile(path);
}

/**
 * Under `astro dev`, while the content has problems, every request Astro would render is answered with the
 * problems page (src/integration/problems-page.ts), status 500: the problems as server-rendered
 * HTML, instead of Astro's error overlay, whose page is empty unless JavaScript runs. It answers
 * before Astro renders anything, so a dynamic route's `getStaticPaths` does not fail first, and
 * Astro logs nothing per request (the loader logs the problems once per change). A build with
 * problems fails instead, so this is for the dev server only.
 */
export function devProblemsPage(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'briefing-dev-problems-page',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = resolve(fileURLToPath(config.publicDir));
      },
      'astro:server:setup': ({ server }) => {
        const isPublicFile = (path: string) => {
          const file = join(publicDir, path);
          return file.startsWith(publicDir + sep) && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
        };
        server.middlewares.use((request, response, next) => {
          const problems = currentProblems();
          if (problems.length === 0 || request.method !== 'GET' || !rendersContent(request.url ?? '/', isPublicFile))
            return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(problemsPage(problems));
        });
      },
    },
  };
}
