import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Explicit fact-mention syntax for source articles (needs `remark-directive` before it):
 *
 * ```md
 * She spoke :fact[on Tuesday]{#tv-remarks}.     → <a data-fact="tv-remarks">on Tuesday</a>
 * The :nofact[Lower House election] of 2024 …   → <span data-nofact>…</span> (no automatic link inside)
 * ```
 *
 * Any other directive is not ours: source text such as "ratio:high" must survive verbatim, so every
 * unknown directive is put back as the exact characters it was parsed from.
 */
const remarkFactDirectives: Plugin<[], Root> = function () {
  return (tree, file) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (node.type === 'textDirective' && node.name === 'fact') {
        const factId = node.attributes?.id;
        if (!factId) throw directiveError(file, node, ':fact needs a fact id, e.g. :fact[the remarks]{#tv-remarks}');
        node.data = {
          hName: 'a',
          hProperties: { dataFact: factId, className: ['fact-mention', 'fact-mention--explicit'] },
        };
        return;
      }
      if (node.type === 'textDirective' && node.name === 'nofact') {
        node.data = { hName: 'span', hProperties: { dataNofact: '' } };
        return;
      }
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const literal = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      const replacement =
        node.type === 'textDirective'
          ? { type: 'text' as const, value: literal }
          : { type: 'paragraph' as const, children: [{ type: 'text' as const, value: literal }] };
      parent.children.splice(index, 1, replacement as never);
      return [SKIP, index + 1];
    });
  };
};

function directiveError(file: VFile, node: { position?: { start: { line: number } } }, message: string): Error {
  const line = node.position?.start.line ?? '?';
  return new Error(`${file.path ?? 'Markdown'}:${line}: ${message}`);
}

export default remarkFactDirectives;
