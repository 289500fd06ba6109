import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/import/input/decode-input';
import { detectFormat } from '../../src/import/input/detect-format';
import { expected, field, fixturePath, planFixture, problemOf, readArticle } from './helpers';

describe('decoding the input', () => {
  it('strips a UTF-8 byte-order mark and normalises CRLF and CR line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc\n')]);
    expect(decodeInput(bytes)).toBe('a\nb\nc\n');
  });

  it('refuses binary files (NUL bytes) and says what to do', () => {
    expect(problemOf(() => decodeInput(readFileSync(fixturePath('binary', 'scan.pdf'))))).toMatch(
      /binary.*→ save the article as plain text, HTML or Markdown/u,
    );
  });

  it('refuses text that is not UTF-8 instead of guessing the encoding', () => {
    expect(problemOf(() => decodeInput(readFileSync(fixturePath('invalid-utf8', 'article.txt'))))).toMatch(
      /not valid UTF-8.*→ convert it to UTF-8/u,
    );
  });

  it('refuses an empty file', () => {
    expect(problemOf(() => decodeInput(new Uint8Array()))).toMatch(/empty/u);
  });
});

describe('detecting the format', () => {
  it('goes by the extension first', () => {
    expect(detectFormat('a.TXT', '<html>')).toBe('text');
    expect(detectFormat('a.htm', 'text')).toBe('html');
    expect(detectFormat('a.markdown', 'text')).toBe('markdown');
  });

  it('looks at the text when the extension says nothing, defaulting to plain text', () => {
    expect(detectFormat('saved', '  <!DOCTYPE html><html></html>')).toBe('html');
    expect(detectFormat('notes', '---\ntitle: x\n---\nBody')).toBe('markdown');
    expect(detectFormat('notes', '## Heading\n\nBody')).toBe('markdown');
    expect(detectFormat('notes', 'Just words <b>here</b>.')).toBe('text');
  });
});

describe('a plain-text file with a BOM and CRLF line ends (bom-crlf)', () => {
  const want = expected<{
    title: string;
    byline: string;
    published: string;
    paragraphsStartWith: string[];
    lists: string[][];
  }>('bom-crlf');
  const plan = planFixture('bom-crlf', 'article.txt');
  const article = readArticle(plan.article);

  it('writes Markdown without the BOM or any carriage return', () => {
    expect(plan.article.includes('\r')).toBe(false);
    expect(plan.article.includes('\uFEFF')).toBe(false);
  });

  it('still recognises headline, byline with an ISO date, and indented bullets', () => {
    expect(field(article.frontmatter, 'title')).toBe(want.title);
    expect(field(article.frontmatter, 'byline')).toBe(want.byline);
    expect(field(article.frontmatter, 'published')).toBe(want.published);
    want.paragraphsStartWith.forEach((start, i) => expect(article.paragraphs[i]?.startsWith(start)).toBe(true));
    expect(article.lists).toEqual(want.lists);
  });

  it('keeps the original bytes, BOM and CRLF included, for originals/', () => {
    expect(Buffer.from(plan.originalBytes).equals(readFileSync(fixturePath('bom-crlf', 'article.txt')))).toBe(true);
  });
});

describe('inputs without article text', () => {
  it('refuses a page whose body is all chrome and script', () => {
    expect(problemOf(() => planFixture('empty-body', 'page.html'))).toMatch(/no article text found in this HTML file/u);
  });

  it('refuses a text file of blank lines', () => {
    expect(problemOf(() => planFixture('whitespace-only', 'article.txt'))).toMatch(/no article text found/u);
  });
});
