import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { schemaModeline } from '../../schemas/content-json-schemas';

/**
 * The Markdown of an article body, written the way the seeded articles are (`-` bullets, ATX
 * headings). GFM and directive syntax are registered so that the stringifier escapes every character
 * that the site's parser (GFM + `remark-directive`) would otherwise read as markup: `*`, `_`, `[`, `<`,
 * `~`, `:name`… in the source text come out as text.
 */
export function renderBody(tree: Root): string {
  return unified()
    .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', emphasis: '_', strong: '*', fences: true })
    .use(remarkGfm)
    .use(remarkDirective)
    .stringify(tree);
}

/**
 * A whole article file: YAML frontmatter, a blank line, the body. The frontmatter opens with the
 * `$schema` comment of the article schema (`src/schemas/json/article.schema.json`), which editors that read
 * frontmatter with the YAML language server use for completion and field help.
 */
export function renderArticle(frontmatter: object, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${schemaModeline('article', 2)}\n${yaml}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
