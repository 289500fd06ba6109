import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { compileMatchers, findMentions, type FactMatcher } from '../briefing/mentions';

export interface FactMentionsOptions {
  /** The facts and their recognition rules. */
  facts: readonly FactMatcher[];
  /** The address of a fact page, e.g. `(id) => '/facts/' + id + '/'` (base path included). */
  factHref: (factId: string) => string;
}

/** Which facts each block (by id) mentions, in order of first mention. */
export type MentionsByBlock = Record<string, string[]>;

/**
 * Link every mention of a known fact to its page, recording which block mentions which fact.
 *
 * ```html
 * <p id="p-x">… ahead of the February 8 Lower House election …</p>
 * → <p id="p-x">… ahead of the <a href="/facts/lower-house-election/" class="fact-mention"
 *      data-fact="lower-house-election">February 8 Lower House election</a> …</p>
 * ```
 *
 * Runs after `rehype-block-ids`. Text already inside a link or a `:nofact[…]` span is left alone;
 * explicit `:fact[…]{#id}` mentions get their address here, and an unknown id is an error.
 */
const rehypeFactMentions: Plugin<[FactMentionsOptions], Root> = function (options) {
  const compiled = compileMatchers(options.facts);
  const known = new Set(options.facts.map((fact) => fact.id));
  return (tree, file) => {
    const mentions: MentionsByBlock = {};
    const unknown: Array<{ factId: string; line: number }> = [];
    const record = (blockId: string | undefined, factId: string) => {
      if (!blockId) return;
      const list = (mentions[blockId] ??= []);
      if (!list.includes(factId)) list.push(factId);
    };

    visit(tree, 'element', (block) => {
      const blockId = typeof block.properties.id === 'string' ? block.properties.id : undefined;
      if (!blockId || !/^(p|li)$/.test(block.tagName)) return;
      linkWithin(block, blockId);
      return SKIP;
    });

    function linkWithin(parent: Element, blockId: string) {
      const next: ElementContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          const explicit = child.properties.dataFact;
          if (typeof explicit === 'string') {
            if (known.has(explicit)) {
              child.properties.href = options.factHref(explicit);
              record(blockId, explicit);
            } else {
              unknown.push({ factId: explicit, line: child.position?.start.line ?? 0 });
            }
          } else if (child.tagName !== 'a' && child.properties.dataNofact === undefined) {
            linkWithin(child, blockId);
          }
          next.push(child);
          continue;
        }
        if (child.type !== 'text') {
          next.push(child);
          continue;
        }
        let cursor = 0;
        for (const mention of findMentions(child.value, compiled)) {
          if (mention.start > cursor) next.push({ type: 'text', value: child.value.slice(cursor, mention.start) });
          next.push({
            type: 'element',
            tagName: 'a',
            properties: { href: options.factHref(mention.factId), className: ['fact-mention'], dataFact: mention.factId },
            children: [{ type: 'text', value: mention.text }],
          });
          record(blockId, mention.factId);
          cursor = mention.end;
        }
        if (cursor < child.value.length) next.push({ type: 'text', value: child.value.slice(cursor) });
      }
      parent.children = next;
    }

    file.data.mentions = mentions;
    if (unknown.length > 0) {
      const list = unknown.map(({ factId, line }) => `line ${line}: "${factId}"`).join(', ');
      throw new Error(
        `${file.path ?? 'Markdown'}: :fact directive names an unknown fact (${list}). Use one of the ids in content/facts/ (${[...known].sort().join(', ')}), or add content/facts/<id>.yaml.`,
      );
    }
  };
};

declare module 'vfile' {
  interface DataMap {
    /** Facts mentioned per block id. */
    mentions: MentionsByBlock;
  }
}

export default rehypeFactMentions;
