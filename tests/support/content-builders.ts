import { articleSchema, type ArticleData } from '../../src/schemas/article';
import { citedSourceSchema, type CitedSourceData } from '../../src/schemas/cited-source';
import { factSchema, type FactData } from '../../src/schemas/fact';
import type { ArticleBlock } from '../../src/schemas/article-block';

/** A valid article frontmatter, parsed by the real schema, with overrides. */
export function articleData(overrides: Record<string, unknown> = {}): ArticleData {
  return articleSchema.parse({
    title: { status: 'stated', value: 'A headline' },
    publisher: { status: 'not-stated' },
    byline: { status: 'not-stated' },
    published: { status: 'stated', value: '2026-01-27' },
    url: { status: 'not-stated' },
    language: { status: 'inferred', value: 'en', reason: 'The text is written in English.' },
    original: 'a.txt',
    added: '2026-11-22',
    ...overrides,
  });
}

/** A valid fact, parsed by the real schema, with overrides. */
export function factData(overrides: Record<string, unknown> = {}): FactData {
  return factSchema.parse({ title: 'A fact', kind: 'event', summary: 'A neutral summary of the fact.', ...overrides });
}

export function citedData(overrides: Record<string, unknown> = {}): CitedSourceData {
  return citedSourceSchema.parse({
    name: 'Outlet',
    kind: 'listed-source',
    title: { status: 'not-stated' },
    url: { status: 'not-stated' },
    date: { status: 'not-stated' },
    citedBy: ['a'],
    ...overrides,
  });
}

export function block(id: string, mentions: string[] = [], text = `Text of ${id}.`): ArticleBlock {
  return {
    id,
    kind: 'paragraph',
    text,
    mentions,
    mentionReasons: mentions.map((fact) => ({ fact, by: 'marked' as const, cues: [] })),
  };
}
