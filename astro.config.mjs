// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { aliasPaths } from './src/integration/alias-paths.ts';
import { briefingMarkdown } from './src/integration/briefing-markdown.ts';
import { previewCards } from './src/integration/preview-cards.ts';
import { securityHeaders } from './src/integration/security-headers.ts';

/** Redirect pages left at the old addresses of renamed facts and articles: not for the sitemap. */
const redirects = new Set(aliasPaths(process.cwd()));

export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://briefing.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  cacheDir: process.env.BRIEFING_CACHE_DIR ?? './node_modules/.astro',
  vite: {
    build: {
      // Scripts stay in their own hashed files (no inline scripts to hash for the CSP), and dynamic
      // imports are plain imports: Vite's preload helper breaks the search page's lazy import.
      assetsInlineLimit: 0,
      modulePreload: false,
    },
  },
  integrations: [briefingMarkdown(), previewCards(), mdx(), sitemap({ filter: (page) => !page.includes('/404') && ![...redirects].some((path) => page.endsWith(path)) }), securityHeaders()],
  security: {
    // Every page gets a <meta> Content-Security-Policy with hashes of any inline script or style Astro
    // emits; securityHeaders() repeats it in _headers with what only a header can say (frame-ancestors).
    // The briefing makes no third-party requests, so nothing but 'self' (and data: images) is allowed.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
