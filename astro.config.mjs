// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { briefingMarkdown } from './src/integration/briefing-markdown.ts';

export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://briefing.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  cacheDir: process.env.BRIEFING_CACHE_DIR ?? './node_modules/.astro',
  integrations: [briefingMarkdown(), mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
});
