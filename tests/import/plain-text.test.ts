import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedParagraphId } from '../../src/model/anchors';
import { expected, field, fixturePath, planFixture, readArticle } from './helpers';

interface Expected {
  title: string;
  byline: string;
  published: string;
  notStated: string[];
  headings: string[];
  lists: string[][];
  blockquote: string[];
  paragraphsStartWith: string[];
}

describe('plain-text article (tests/fixtures/import/plain-text)', () => {
  const want = expected<Expected>('plain-text');
  const plan = planFixture('plain-text', 'article.txt');
  const article = readArticle(plan.article);

  it('takes the headline as the stated title and leaves it out of the body', () => {
    expect(field(article.frontmatter, 'title')).toBe(want.title);
    expect(article.body).not.toContain(want.title);
    expect(plan.id).toBe('takaichi-says-japan-would-act-only-within-the');
  });

  it('reads byline and date from the "By … | date" line, which stays in the body', () => {
    expect(field(article.frontmatter, 'byline')).toBe(want.byline);
    expect(field(article.frontmatter, 'published')).toBe(want.published);
    expect(article.paragraphs[0]).toBe(want.paragraphsStartWith[0]);
  });

  it('records every field the text does not state as not-stated', () => {
    for (const key of want.notStated) expect(field(article.frontmatter, key)).toBe('not-stated');
    expect(article.frontmatter.original).toBe(`${plan.id}.txt`);
    expect(article.frontmatter.added).toBe('2026-11-22');
  });

  it('turns heading-like lines into headings, • bullets and the Sources list into lists', () => {
    expect(article.headings).toEqual(want.headings);
    expect(article.lists).toEqual(want.lists);
  });

  it('turns the post with a t.co link and its attribution into a blockquote with a live link', () => {
    expect(article.blockquotes).toEqual([want.blockquote]);
    expect(article.links).toContain('https://t.co/AbCdEf1234');
  });

  it('keeps the paragraphs in order, "Also Read:" and "Sources:" as paragraphs', () => {
    expect(article.paragraphs).toHaveLength(want.paragraphsStartWith.length);
    want.paragraphsStartWith.forEach((start, i) => expect(article.paragraphs[i]?.startsWith(start)).toBe(true));
  });

  it('loses no words: every line of the input is in the article', () => {
    const input = readFileSync(fixturePath('plain-text', 'article.txt'), 'utf8');
    const texts = [
      ...article.paragraphs,
      ...article.headings,
      ...article.lists.flat(),
      ...article.blockquotes.flat(),
    ].join('\n');
    const lines = input
      .split('\n')
      .map((line) => line.replace(/^\s*•\s*/u, '').trim())
      .filter(Boolean);
    for (const line of lines.slice(1)) expect(texts).toContain(line);
  });

  it('gives each paragraph, list item and quote paragraph an explicit id derived from its text', () => {
    const blocks = article.paragraphs.length + article.lists.flat().length + article.blockquotes.flat().length;
    expect(article.ids).toHaveLength(blocks);
    expect(new Set(article.ids).size).toBe(article.ids.length);
    const texts = [...article.paragraphs.slice(0, 3)];
    for (const text of texts) expect(article.ids).toContain(derivedParagraphId(text));
  });
});

describe('a Japanese sentence at the top of a plain-text file', () => {
  it('is a paragraph, not a headline: it ends with a full stop (。)', async () => {
    const { isHeadlineLike } = await import('../../src/import/formats/plain-text/plain-text-lines');
    expect(isHeadlineLike('高市早苗首相は1月26日夜のテレビ番組で、日米同盟は崩壊すると語った。')).toBe(false);
    expect(isHeadlineLike('高市首相、同盟崩壊に言及')).toBe(true);
  });
});
