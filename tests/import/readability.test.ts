/**
 * Saved pages of three layouts, written for these tests (no real outlet's text): each must come
 * through Readability with its metadata read from the page's own markup, every sentence of the article
 * verbatim and in order, photo captions reported instead of made paragraphs, and no page chrome.
 */
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/import/report/build-report';
import { formatReport } from '../../src/import/report/format-report';
import { expected, field, planFixture, readArticle } from './helpers';

interface Expected {
  layout: string;
  metadata: Record<'title' | 'publisher' | 'byline' | 'published' | 'url' | 'language', string>;
  /** A date line under the headline, kept as text but marked as the byline block. */
  dateLine?: string;
  paragraphs: string[];
  headings: string[];
  lists: string[][];
  captions: string[];
  images: string[];
  chrome: string[];
}

describe.each(['html-story-body', 'html-wire', 'html-jsonld-sidebars'])('saved page %s', (name) => {
  const want = expected<Expected>(name);
  const plan = planFixture(name, 'page.html');
  const article = readArticle(plan.article);

  it(`reads the metadata from the page's own markup (${want.layout})`, () => {
    for (const [key, value] of Object.entries(want.metadata)) expect(field(article.frontmatter, key), key).toBe(value);
  });

  it('keeps every sentence of the article verbatim, in order, with its headings and lists', () => {
    expect(article.paragraphs).toEqual(want.paragraphs);
    expect(article.headings).toEqual(want.headings);
    expect(article.lists).toEqual(want.lists);
  });

  it('never makes a photo caption a paragraph: captions and images are reported as left out', () => {
    const captions = plan.leftOut.filter((item) => item.kind === 'caption').map((item) => item.text);
    const images = plan.leftOut.filter((item) => item.kind === 'image').map((item) => item.text);
    expect(captions).toEqual(want.captions);
    expect(images).toEqual(want.images);
    for (const caption of want.captions) expect(article.body).not.toContain(caption.slice(0, 40));
    expect(article.body).not.toMatch(/!\[|<img/u);
    const printed = formatReport(
      plan,
      buildReport(plan, { recognisers: compileRecognisers([]).recognisers, summaries: [] }),
      { article: 'a.md', original: 'a.html' },
    );
    for (const caption of want.captions) expect(printed).toContain(`  “${caption}”`);
    if (want.captions.length > 0)
      expect(printed).toContain(`Photo captions left out of the text (${want.captions.length};`);
  });

  it('leaves the page chrome out', () => {
    for (const chrome of want.chrome) expect(article.body, chrome).not.toContain(chrome);
  });

  it('marks a date line under the headline as the byline block, not as an event', () => {
    const marked = plan.blocks.filter((block) => block.role === 'byline').map((block) => block.text);
    expect(marked).toEqual(want.dateLine ? [want.dateLine] : []);
  });
});
