import { describe, expect, it } from 'vitest';
import { expected, field, planFixture, readArticle } from './helpers';

interface Expected {
  title: string;
  publisher: string;
  byline: string;
  published: string;
  url?: string;
  language: string;
  notStated?: string[];
  headings?: string[];
  lists?: string[][];
  blockquote?: string[];
  paragraphsStartWith: string[];
  links?: string[];
  chrome: string[];
}

describe('saved web page with chrome, JSON-LD and meta tags (html-page)', () => {
  const want = expected<Expected>('html-page');
  const plan = planFixture('html-page', 'page.html');
  const article = readArticle(plan.article);

  it('is recognised as HTML and kept as .html', () => {
    expect(plan.format).toBe('html');
    expect(plan.originalName).toBe(`${plan.id}.html`);
  });

  it('takes title, date, byline, publisher, url and language from the metadata, as stated', () => {
    const fm = article.frontmatter;
    expect(field(fm, 'title')).toBe(want.title);
    expect(field(fm, 'published')).toBe(want.published);
    expect(field(fm, 'byline')).toBe(want.byline);
    expect(field(fm, 'publisher')).toBe(want.publisher);
    expect(field(fm, 'url')).toBe(want.url);
    expect(field(fm, 'language')).toBe(want.language);
    for (const key of ['title', 'published', 'byline', 'publisher', 'url', 'language']) {
      expect((fm[key] as { status: string }).status).toBe('stated');
    }
  });

  it('keeps the article body only: no navigation, header, share bar, ads, scripts, aside, form, comments or footer', () => {
    for (const chrome of want.chrome) expect(article.body).not.toContain(chrome);
  });

  it('does not repeat the headline in the body', () => {
    expect(article.headings).not.toContain(want.title);
    expect(article.body).not.toContain(`# ${want.title}`);
  });

  it('keeps the structure of the article: paragraphs, subheading, list and quote', () => {
    expect(article.headings).toEqual(want.headings);
    expect(article.lists).toEqual(want.lists);
    expect(article.blockquotes).toEqual([want.blockquote]);
    expect(article.paragraphs).toHaveLength(want.paragraphsStartWith.length);
    want.paragraphsStartWith.forEach((start, i) => expect(article.paragraphs[i]?.startsWith(start)).toBe(true));
  });

  it('resolves relative links against the page address and drops javascript: links but keeps their text', () => {
    expect(article.links).toEqual(want.links);
    expect(article.paragraphs.at(-1)).toBe("Readers can read the full transcript on the broadcaster's site.");
  });

  it('keeps emphasis as Markdown emphasis', () => {
    expect(article.body).toContain('_collapse_');
  });
});

describe('saved web page with meta tags only (html-meta-only)', () => {
  const want = expected<Expected>('html-meta-only');
  const plan = planFixture('html-meta-only', 'saved-page.htm');
  const article = readArticle(plan.article);

  it('falls back to Open Graph, author meta and <html lang>; a malformed og:url stays not-stated', () => {
    const fm = article.frontmatter;
    expect(field(fm, 'title')).toBe(want.title);
    expect(field(fm, 'publisher')).toBe(want.publisher);
    expect(field(fm, 'byline')).toBe(want.byline);
    expect(field(fm, 'published')).toBe(want.published);
    expect(field(fm, 'language')).toBe(want.language);
    for (const key of want.notStated ?? []) expect(field(fm, key)).toBe('not-stated');
  });

  it('takes the [itemprop=articleBody] element and drops cookie banner, share links and widgets', () => {
    expect(article.paragraphs).toHaveLength(want.paragraphsStartWith.length);
    want.paragraphsStartWith.forEach((start, i) => expect(article.paragraphs[i]?.startsWith(start)).toBe(true));
    for (const chrome of want.chrome) expect(article.body).not.toContain(chrome);
    expect(plan.originalName.endsWith('.htm')).toBe(true);
  });
});
