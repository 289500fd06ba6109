import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitExplicitId } from '../../model/anchors';
import { readFrontmatterFile } from '../../loader/frontmatter';
import type { WrittenBlock } from '../ids/block-ids';

/** Blocks shorter than this ("Reuters", "Advertisement", a one-word heading) say nothing about identity. */
const MIN_COMPARED_LENGTH = 40;

/** The text of an article already in the briefing, block by block. */
export interface KnownArticle {
  id: string;
  /** Its paragraphs and list items, compared loosely (see `comparable`). */
  blocks: ReadonlySet<string>;
}

/** An article of the briefing that already holds some of the new article's text. */
export interface RepeatedText {
  articleId: string;
  /** How many of the new article's compared blocks it already holds. */
  matched: number;
  /** How many blocks of the new article were compared (those of at least `MIN_COMPARED_LENGTH` characters). */
  compared: number;
}

/** Text compared loosely: Unicode forms, typographic quotes, spacing and case do not make two blocks differ. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Reads the text of every article in `articles/` (a file that does not parse holds no text here). */
export function loadKnownArticles(articlesDir: string): KnownArticle[] {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { body } = readFrontmatterFile(readFileSync(join(articlesDir, name), 'utf8'), name);
      const blocks = new Set<string>();
      const visit = (node: Nodes): void => {
        if (node.type === 'paragraph') {
          const text = comparable(splitExplicitId(toString(node)).text);
          if (text.length >= MIN_COMPARED_LENGTH) blocks.add(text);
          return;
        }
        if ('children' in node) node.children.forEach(visit);
      };
      visit(parser.parse(body) as Root);
      return { id: basename(name, '.md'), blocks };
    });
}

/**
 * The articles of the briefing that already hold text of the new one, most shared first: the same
 * article imported again under another id, or the same wire copy run by another outlet. Blocks are
 * compared whole, so one quotation two reports share does not count.
 */
export function findRepeatedText(blocks: readonly WrittenBlock[], known: readonly KnownArticle[]): RepeatedText[] {
  const compared = blocks
    .filter((block) => block.kind !== 'heading')
    .map((block) => comparable(block.text))
    .filter((text) => text.length >= MIN_COMPARED_LENGTH);
  if (compared.length === 0) return [];
  return known
    .map((article) => ({
      articleId: article.id,
      matched: compared.filter((text) => article.blocks.has(text)).length,
      compared: compared.length,
    }))
    .filter((found) => found.matched > 0)
    .sort((a, b) => b.matched - a.matched || a.articleId.localeCompare(b.articleId));
}
