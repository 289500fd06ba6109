import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import rehypeBlockIds from '../../markdown/rehype-block-ids';
import remarkRejectRawHtml from '../../markdown/remark-reject-raw-html';
import type { WrittenBlock } from '../ids/block-ids';

/** Spacing is layout: the browser shows a run of spaces and line breaks as one space. */
function visible(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the written Markdown back with the site's own parser and block-id plugin and lists every way
 * the result differs from what was meant: a block with other text or another id (an escape missed, an
 * id swallowed), raw HTML, or a directive. An empty list means the page will show the source text.
 */
export function verifyRendering(markdown: string, expected: readonly WrittenBlock[]): string[] {
  const directives: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(() => (tree: Root) => {
      visit(tree, (node) => {
        if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
          directives.push(`:${node.name} on line ${node.position?.start.line ?? '?'}`);
        }
      });
    })
    .use(remarkRejectRawHtml)
    .use(remarkRehype)
    .use(rehypeBlockIds);
  const file = new VFile({ value: markdown });
  processor.runSync(processor.parse(file), file);
  const problems: string[] = directives.map((where) => `a directive ${where}`);
  for (const found of file.data.rawHtml ?? []) problems.push(`raw HTML on line ${found.line}: ${found.html}`);
  const rendered = file.data.blocks ?? [];
  if (rendered.length !== expected.length) problems.push(`${rendered.length} blocks rendered, ${expected.length} written`);
  expected.forEach((block, i) => {
    const got = rendered[i];
    if (!got) return;
    if (got.id !== block.id) problems.push(`block ${i + 1}: id ${got.id} rendered, ${block.id} written`);
    if (got.kind !== block.kind) problems.push(`block ${i + 1} (${block.id}): rendered as ${got.kind}, written as ${block.kind}`);
    if (visible(got.text) !== visible(block.text)) {
      problems.push(`block ${i + 1} (${block.id}): renders as ${JSON.stringify(got.text)}, source text is ${JSON.stringify(block.text)}`);
    }
  });
  return problems;
}
