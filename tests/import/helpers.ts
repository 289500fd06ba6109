import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { splitExplicitId } from '../../src/model/anchors';
import { ImportError } from '../../src/import/import-error';
import { planImport, type ImportPlan } from '../../src/import/plan-import';

/** The fixed date tests import with (`added` is otherwise today). */
export const ADDED = '2026-11-22';

export const fixturesDir = join(import.meta.dirname, '../fixtures/import');

export function fixturePath(name: string, file: string): string {
  return join(fixturesDir, name, file);
}

/** The hand-written expectations of a fixture. */
export function expected<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name, 'expected.json'), 'utf8')) as T;
}

/** Plans an import of a fixture file (nothing is written). */
export function planFixture(
  name: string,
  file: string,
  overrides: Partial<Parameters<typeof planImport>[0]> = {},
): ImportPlan {
  const path = fixturePath(name, file);
  return planImport({
    fileName: path,
    bytes: readFileSync(path),
    flags: {},
    added: ADDED,
    takenIds: new Set(),
    articlesDir: 'content/articles',
    ...overrides,
  });
}

/** A written article read back independently of the importer: frontmatter and body structure. */
export interface ReadArticle {
  frontmatter: Record<string, unknown>;
  body: string;
  headings: string[];
  /** Top-level paragraphs, without their ids. */
  paragraphs: string[];
  /** Items of each list (text without ids). */
  lists: string[][];
  /** Paragraphs of each blockquote (text without ids). */
  blockquotes: string[][];
  links: string[];
  /** Every explicit `{#id}` on paragraphs and list items, in order. */
  ids: string[];
}

/**
 * Reads a written article the way the site does (CommonMark + GFM + directives), without any
 * importer code, so that tests check the file against the fixture, not against the importer itself.
 */
export function readArticle(text: string): ReadArticle {
  const found = /^---\n([\s\S]*?)\n---\n/u.exec(text);
  if (!found) throw new Error('no frontmatter');
  const body = text.slice(found[0].length);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body) as Root;
  const article: ReadArticle = {
    frontmatter: parse(found[1] ?? '') as Record<string, unknown>,
    body,
    headings: [],
    paragraphs: [],
    lists: [],
    blockquotes: [],
    links: [],
    ids: [],
  };
  const withoutId = (node: Nodes): string => {
    const { text: rest, id } = splitExplicitId(toString(node));
    if (id) article.ids.push(id);
    return rest.trim();
  };
  for (const node of tree.children) {
    if (node.type === 'heading') article.headings.push(splitExplicitId(toString(node)).text.trim());
    else if (node.type === 'paragraph') article.paragraphs.push(withoutId(node));
    else if (node.type === 'list') article.lists.push(node.children.map((item) => withoutId(item)));
    else if (node.type === 'blockquote') article.blockquotes.push(node.children.map((child) => withoutId(child)));
  }
  const visitLinks = (node: Nodes): void => {
    if (node.type === 'link') article.links.push(node.url);
    if ('children' in node) node.children.forEach(visitLinks);
  };
  visitLinks(tree);
  return article;
}

/** The value of a metadata field in frontmatter, or "not-stated". */
export function field(frontmatter: Record<string, unknown>, key: string): string | undefined {
  const value = frontmatter[key] as { status: string; value?: unknown } | undefined;
  if (!value) throw new Error(`no field ${key}`);
  if (value.status === 'not-stated') return 'not-stated';
  return String(value.value);
}

/** The editor-facing message (`problem → fix`) of the ImportError that `run` throws. */
export function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return `${error.problem} → ${error.fix}`;
    throw error;
  }
  throw new Error('expected an ImportError');
}
