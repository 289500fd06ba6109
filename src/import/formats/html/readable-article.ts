import { Readability } from '@mozilla/readability';
import type { Root } from 'hast';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** What Readability (Firefox's Reader View) makes of a page. */
export interface ReadableArticle {
  /** The article's content as a hast fragment: its text and structure, the page's chrome left out. */
  content: Root;
  /** Readability's reading of the page's own markup; absent where it found nothing. */
  title?: string;
  byline?: string;
  language?: string;
  published?: string;
  siteName?: string;
}

/**
 * Runs `@mozilla/readability` on a (prepared) page in a `linkedom` document — no script runs and
 * nothing is fetched — and returns the article it finds, or undefined when it finds no text (then the
 * hand-written extraction stands in).
 */
export function readableArticle(page: Root): ReadableArticle | undefined {
  const html = unified().use(rehypeStringify).stringify(page);
  const { document } = parseHTML(html);
  const result = new Readability(document as unknown as Document).parse();
  if (!result?.content || (result.textContent ?? '').trim() === '') return undefined;
  const content = unified().use(rehypeParse, { fragment: true }).parse(result.content);
  const text = (value: string | null | undefined): string | undefined => {
    const collapsed = value?.replace(/\s+/gu, ' ').trim();
    return collapsed ? collapsed : undefined;
  };
  const article: ReadableArticle = { content };
  const fields = {
    title: text(result.title),
    byline: text(result.byline),
    language: text(result.lang),
    published: text(result.publishedTime),
    siteName: text(result.siteName),
  };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) article[key as keyof typeof fields] = value;
  return article;
}
