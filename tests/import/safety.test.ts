import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { briefingPlugins } from '../../src/markdown/pipeline';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { expected, planFixture, readArticle } from './helpers';

interface Expected {
  title?: string;
  headings?: string[];
  paragraphs: string[];
  lists?: string[][];
  links?: string[];
  forbidden?: string[];
}

/** Renders an article body as the site does: Astro's processor with the briefing's plugins. */
async function renderBody(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...briefingPlugins({ recognisers: compileRecognisers([]).recognisers, factHref: (id) => `/facts/${id}/` }),
    smartypants: false,
  });
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/u, '');
  return (await processor.render(body)).code;
}

/** Blocks of rendered HTML with an id: their id and visible text, parsed (entities decoded). */
function renderedBlocks(html: string): Array<{ id: string; text: string }> {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  return selectAll('p[id], li[id], h2[id], h3[id], h4[id], h5[id], h6[id]', tree).map((element) => ({
    id: String(element.properties.id),
    text: toString(element).replace(/\s+/gu, ' ').trim(),
  }));
}

describe.each([
  ['unsafe-markdown', 'article.md'],
  ['unsafe-text', 'article.txt'],
  ['unsafe-html', 'page.html'],
])('unsafe input %s', (name, file) => {
  const want = expected<Expected>(name);
  const plan = planFixture(name, file);
  const article = readArticle(plan.article);

  it('renders no live markup: no script, event handler, iframe, or javascript:/data:/vbscript: link', async () => {
    const tree = unified()
      .use(rehypeParse, { fragment: true })
      .parse(await renderBody(plan.article));
    const elements = selectAll('*', tree);
    const tags = new Set(elements.map((element) => element.tagName));
    for (const tag of ['script', 'style', 'iframe', 'img', 'object', 'embed', 'b', 'form', 'noscript'])
      expect(tags.has(tag), tag).toBe(false);
    for (const element of elements) {
      expect(Object.keys(element.properties).filter((key) => /^on/iu.test(key))).toEqual([]);
      const href = element.properties.href;
      // Links from the source are absolute http(s); the site adds only same-page "#" anchors.
      if (href !== undefined) expect(String(href)).toMatch(/^(https?:\/\/|#)/u);
    }
  });

  it('keeps the visible text of the source, and only that', () => {
    expect(article.paragraphs).toEqual(want.paragraphs);
    if (want.headings) expect(article.headings).toEqual(want.headings);
    if (want.lists) expect(article.lists).toEqual(want.lists);
    if (want.links) expect(article.links).toEqual(want.links);
  });

  it('writes nothing forbidden into the Markdown file', () => {
    const body = article.body;
    for (const text of want.forbidden ?? []) expect(body).not.toContain(text);
  });

  it('renders each block with exactly its source text, the id split off', async () => {
    const html = await renderBody(plan.article);
    const rendered = renderedBlocks(html);
    for (const block of plan.blocks) {
      const found = rendered.find((r) => r.id === block.id);
      expect(found, block.id).toBeDefined();
      expect(found?.text).toBe(block.text.replace(/\s+/gu, ' ').trim());
    }
    for (const paragraph of want.paragraphs) {
      expect(rendered.some((r) => r.text === paragraph.replace(/\s+/gu, ' ').trim())).toBe(true);
    }
  });
});

describe('text that ends like an id', () => {
  it('stays text; the importer’s own id comes after it (plain text and HTML)', async () => {
    const text = planFixture('unsafe-text', 'article.txt');
    const html = await renderBody(text.article);
    expect(html).toContain('looks like an id {#p-fake}</p>');
    expect(html).toContain('ends like an id {#also-fake}</li>');
    expect(html).toMatch(/<h2 id="key-facts-intro">Key Facts \{#intro\}<\/h2>/u);
    expect(html).not.toMatch(/id="(p-fake|also-fake|intro)"/u);

    const page = planFixture('unsafe-html', 'page.html');
    expect(await renderBody(page.article)).toContain('written out {#p-fake}</p>');
  });
});
