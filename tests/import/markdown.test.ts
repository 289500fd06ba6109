import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/import-error';
import { planImport } from '../../src/import/plan-import';
import { ADDED, expected, field, planFixture, readArticle } from './helpers';

interface Expected {
  title: string;
  byline: string;
  published: string;
  url: string;
  language: string;
  notStated: string[];
  headings: string[];
  lists: string[][];
  blockquote: string[];
  paragraphsStartWith: string[];
  links: string[];
}

function planText(text: string, fileName = 'input.md') {
  return planImport({
    fileName,
    bytes: new TextEncoder().encode(text),
    flags: {},
    added: ADDED,
    takenIds: new Set(),
    articlesDir: 'content/articles',
  });
}

describe('Markdown with frontmatter (markdown)', () => {
  const want = expected<Expected>('markdown');
  const plan = planFixture('markdown', 'article.md');
  const article = readArticle(plan.article);

  it('reads title, author, date, canonical URL and language from the frontmatter as stated', () => {
    const fm = article.frontmatter;
    expect(field(fm, 'title')).toBe(want.title);
    expect(field(fm, 'byline')).toBe(want.byline);
    expect(field(fm, 'published')).toBe(want.published);
    expect(field(fm, 'url')).toBe(want.url);
    expect(field(fm, 'language')).toBe(want.language);
    for (const key of want.notStated) expect(field(fm, key)).toBe('not-stated');
    expect(fm).not.toHaveProperty('tags');
  });

  it('drops the # headline that repeats the title and keeps the rest of the structure', () => {
    expect(article.headings).toEqual(want.headings);
    expect(article.lists).toEqual(want.lists);
    expect(article.blockquotes).toEqual([want.blockquote]);
    expect(article.paragraphs[0]?.startsWith(want.paragraphsStartWith[0] ?? '')).toBe(true);
    expect(article.links).toEqual(want.links);
  });

  it('keeps inline formatting and turns footnotes into visible text', () => {
    expect(article.body).toContain('**Sanae Takaichi**');
    expect(article.paragraphs).toContain('[1] The protest was lodged through diplomatic channels.');
    expect(article.paragraphs.some((p) => p.endsWith('first protest from China. [1]'))).toBe(true);
  });
});

describe('Markdown without frontmatter', () => {
  it('takes a leading # heading as the title; other fields are not-stated', () => {
    const plan = planText('# A Plain Headline\n\nFirst paragraph of the story.\n\n## Part two\n\nSecond paragraph.\n');
    const article = readArticle(plan.article);
    expect(field(article.frontmatter, 'title')).toBe('A Plain Headline');
    for (const key of ['publisher', 'byline', 'published', 'url', 'language'])
      expect(field(article.frontmatter, key)).toBe('not-stated');
    expect(article.headings).toEqual(['Part two']);
    expect(article.paragraphs).toEqual(['First paragraph of the story.', 'Second paragraph.']);
    expect(plan.id).toBe('a-plain-headline');
  });

  it('without any title, names the article after its first words and leaves the title not-stated', () => {
    const plan = planText('Officials met in Tokyo on Friday to discuss the plan.\n');
    expect(plan.id).toBe('officials-met-in-tokyo-on-friday-to-discuss');
    expect(field(readArticle(plan.article).frontmatter, 'title')).toBe('not-stated');
  });

  it('keeps ids already written in the Markdown (re-import) and refuses repeated ones', () => {
    const plan = planText('One paragraph. {#p-kept}\n\nAnother paragraph.\n');
    expect(readArticle(plan.article).ids[0]).toBe('p-kept');
    expect(() => planText('One. {#p-same}\n\nTwo. {#p-same}\n')).toThrow(ImportError);
  });

  it('shifts headings so the top level is ## and keeps their relative levels', () => {
    const plan = planText('Intro text.\n\n# Part\n\n### Detail\n\nMore text.\n');
    expect(plan.article).toContain('\n## Part\n');
    expect(plan.article).toContain('\n#### Detail\n');
  });
});
