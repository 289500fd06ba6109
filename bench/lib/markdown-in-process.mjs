/**
 * Markdown alone, in one process, without Astro: every article of a corpus rendered by the same
 * renderers the content sync uses. Comparing these times with the build's sync phase tells how much of
 * the sync is Markdown (and which Markdown feature) and how much is everything around it.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified as unifiedCore } from 'unified';

/** What Astro hands a processor's createRenderer() when the config sets nothing (see content-entry-type.js). */
const SHARED = {
  image: {},
  syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
  shikiConfig: markdownConfigDefaults.shikiConfig,
  gfm: markdownConfigDefaults.gfm,
  smartypants: markdownConfigDefaults.smartypants,
};

/** The variants measured; each is a renderer with Astro's render(body, { frontmatter, fileURL }) shape. */
export const VARIANTS = [
  { name: 'Sätteri (Astro default)', create: () => satteri().createRenderer(SHARED) },
  { name: 'unified() defaults (GFM + smartypants)', create: () => unified().createRenderer(SHARED) },
  { name: 'unified({ smartypants: false })', create: () => unified({ smartypants: false }).createRenderer(SHARED) },
  {
    name: 'unified({ smartypants: false, gfm: false })',
    create: () => unified({ smartypants: false, gfm: false }).createRenderer(SHARED),
  },
  {
    name: 'remark-parse → remark-rehype → rehype-stringify only',
    create: async () => {
      const processor = unifiedCore().use(remarkParse).use(remarkRehype).use(rehypeStringify);
      return { render: async (body) => ({ code: String(await processor.process(body)) }) };
    },
  },
];

/**
 * Renders every article of `articlesDir` with each variant, `rounds` times; returns the best round's
 * wall-clock and CPU seconds per variant. CPU time (this process only) barely moves when other work
 * shares the machine, wall-clock time does.
 */
export async function measureMarkdownInProcess(articlesDir, { rounds = 2 } = {}) {
  const files = (await readdir(articlesDir)).filter((file) => file.endsWith('.md')).sort();
  const entries = [];
  for (const file of files) {
    const full = path.join(articlesDir, file);
    const { frontmatter, content } = parseFrontmatter(await readFile(full, 'utf8'));
    entries.push({ body: content.trim(), frontmatter, fileURL: pathToFileURL(full) });
  }
  const results = [];
  for (const variant of VARIANTS) {
    const renderer = await variant.create();
    // One warm-up render so that lazy imports (Shiki, the native binding) are not charged to the corpus.
    await renderer.render(entries[0].body, { frontmatter: entries[0].frontmatter, fileURL: entries[0].fileURL });
    let best;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      for (const entry of entries)
        await renderer.render(entry.body, { frontmatter: entry.frontmatter, fileURL: entry.fileURL });
      const cpu = process.cpuUsage(cpuStarted);
      const measured = { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
      if (!best || measured.cpuSeconds < best.cpuSeconds) best = measured;
    }
    results.push({ name: variant.name, ...best, articles: entries.length, rounds });
  }
  return results;
}
