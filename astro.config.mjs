// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { analysisPlugins } from './src/markdown/analysis-plugins.ts';
import { redirectPages } from './src/integration/redirect-pages.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { previewCards } from './src/integration/preview-cards.ts';
import { securityHeaders } from './src/integration/security-headers.ts';
import { devProblemsPage } from './src/integration/dev-problems-page.ts';
import { EXAMPLE_SITE, siteAddress } from './src/integration/site-address.ts';

/** Redirect pages left at the old addresses of renamed facts and articles: not for the sitemap. */
const redirects = redirectPages();

export default defineConfig({
  // The public address: BRIEFING_SITE or --site (README, "Deploying"); the build warns while it is the example.
  site: process.env.BRIEFING_SITE || EXAMPLE_SITE,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // What a host keeps between builds (README, "Deploying"): the content layer's store, the render cache,
  // the preview cards and the pages of the last build.
  cacheDir: process.env.BRIEFING_CACHE_DIR ?? './node_modules/.astro',
  experimental: {
    // A page whose getStaticPaths() gives a cacheKey (src/lib/cache-keys.ts: a digest of what it shows)
    // is copied from the last build when the key and the code it imports are unchanged. Every page but
    // the 404 has one: the lists, feeds and exports are one-path routes keyed by the whole content.
    // (In astro 7.3 a build.concurrency above 1 uses the cache too.)
    incrementalBuild: true,
  },
  vite: {
    build: {
      // Scripts stay in their own hashed files (no inline scripts to hash for the CSP), and dynamic
      // imports are plain imports: Vite's preload helper breaks the search page's lazy import.
      assetsInlineLimit: 0,
      modulePreload: false,
      rolldownOptions: {
        // MDX marks its modules with "use astro:head-inject", which Astro reads before bundling;
        // rolldown then warns that it may drop the directive, on every build (withastro/astro#18087,
        // open). Only that known-harmless warning is left out; every other one is printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:[\w-]+"/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // No code highlighting: the briefing shows news text, and Shiki's inline styles would be blocked by
    // the Content-Security-Policy below (Astro warns about exactly that on every build).
    syntaxHighlight: false,
  },
  // Articles are rendered by the briefing's own loader (src/content-layer/), not by Astro's Markdown
  // processor; MDX renders only the briefing's analysis (smartypants off: quotations stay as written).
  integrations: [
    siteAddress(),
    previewCards(),
    mdx({ processor: unified({ ...analysisPlugins(), smartypants: false }) }),
    redirects,
    sitemap({ filter: (page) => !page.includes('/404') && !redirects.isRedirect(page) }),
    searchIndex(),
    securityHeaders(),
    devProblemsPage(),
  ],
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
