/**
 * The two reference sites: the smallest Astro 7 site that turns the generated articles into one page each,
 * once with Astro's default Markdown processor (Sätteri) and once with `unified()` from
 * @astrojs/markdown-remark without plugins. They show what Markdown alone costs, against which "ours" is
 * compared.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyCorpus, freshDir, linkNodeModules } from './workspace.mjs';

const CONFIGS = {
  satteri: `import { defineConfig } from 'astro/config';

// No markdown.processor: Astro 7's default, Sätteri.
export default defineConfig({});
`,
  unified: `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({ markdown: { processor: unified() } });
`,
  // Bare Sätteri for the articles, plus what this project's stack brings to every build: @astrojs/mdx on
  // unified() (the project renders its analysis page with it) and @astrojs/sitemap.
  stack: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [mdx({ processor: unified({ smartypants: false }) }), sitemap()],
});
`,
  'unified-no-smartypants': `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({ markdown: { processor: unified({ smartypants: false }) } });
`,
};

// No schema: the bare sites measure Markdown, not validation.
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.md' }),
});

export const collections = { articles };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title?.value ?? entry.id;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`;

/** The one MDX page of the "stack" site, standing in for the project's analysis page. */
const ANALYSIS = `# What the coverage says

The generated articles disagree on *when* the trade mission arrived, and agree on [where it went](/).

- One account gives the morning.
- Another gives the evening before.
`;

/** Writes a bare site for `processor` (a key of CONFIGS) into `siteDir`, with the corpus as content. */
export async function prepareBare(processor, corpusDir, siteDir) {
  await freshDir(siteDir);
  await linkNodeModules(siteDir);
  await copyCorpus(corpusDir, siteDir);
  await mkdir(path.join(siteDir, 'src', 'pages'), { recursive: true });
  await writeFile(
    path.join(siteDir, 'package.json'),
    JSON.stringify({ name: `bench-bare-${processor}`, private: true, type: 'module' }, null, 2),
  );
  await writeFile(path.join(siteDir, 'astro.config.mjs'), CONFIGS[processor]);
  await writeFile(path.join(siteDir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(path.join(siteDir, 'src', 'pages', '[...id].astro'), PAGE);
  if (processor === 'stack') await writeFile(path.join(siteDir, 'src', 'pages', 'analysis.mdx'), ANALYSIS);
  return siteDir;
}
