import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { articleContext } from '../recognition/article-context';
import type { Recognisers } from '../recognition/compile-recognisers';
import { chooseLinkSpans, type LinkSpan } from '../recognition/link-spans';
import type { MentionReason } from '../schemas/article-block';
import { type Recognised, type Span } from '../recognition/recognise';
import { isTimeStamp, recogniseArticle } from '../recognition/recognise-article';

export interface FactMentionsOptions {
  /** The facts' compiled recognition rules (`compileRecognisers`). */
  recognisers: Recognisers;
  /** The address of a fact page, e.g. `(id) => '/facts/' + id + '/'` (base path included). */
  factHref: (factId: string) => string;
  /** Block id → facts never linked from it, whatever their rules find (links an editor removed: a fact's `unlinked`). */
  unlinked?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Which facts each block (by id) mentions, in order of first mention. */
export type MentionsByBlock = Map<string, string[]>;
/** Why each block mentions each fact, one reason per fact in the same order. */
export type ReasonsByBlock = Map<string, MentionReason[]>;

/** A text node of a block, with where its text sits in the block's whole text. */
interface TextPiece extends Span {
  node: Text;
  parent: Element;
}

/** A paragraph or list item as read before recognition: its text, its text nodes, and what is not read. */
interface ReadBlock {
  blockId: string;
  text: string;
  pieces: TextPiece[];
  /** Links and `:nofact[…]` spans. */
  taken: Span[];
  /** Words an editor marked by hand. */
  marked: Array<{ factId: string; at: number; words: string }>;
  /** Whether a heading stands before it. */
  opensSection?: boolean;
}

/**
 * Link every mention of a known fact to its page, recording which block mentions which fact and why.
 *
 * ```html
 * <p id="p-x">… the alliance would collapse, she said on TV Asahi …</p>
 * → <p id="p-x">… the <a href="/facts/tv-remarks/" class="fact-mention" data-fact="tv-remarks">alliance
 *      would collapse</a>, she said on TV Asahi …</p>
 * ```
 *
 * The article is read as a whole (`recogniseArticle`), with its publication date and language from
 * its frontmatter: each paragraph or list item sentence by sentence, and a paragraph that carries on
 * a fact an earlier one introduced ("She added: …", "The move …") is linked to it too, explaining
 * from which paragraph. Runs after `rehype-block-ids`. Text inside a
 * link or a `:nofact[…]` span is not read; explicit `:fact[…]{#id}` mentions get their address here,
 * and an unknown id is an error.
 */
const rehypeFactMentions: Plugin<[FactMentionsOptions], Root> = function (options) {
  const known = new Set(options.recognisers.facts.map((fact) => fact.factId));
  return (tree, file) => {
    const context = articleContext(file.data.astro?.frontmatter);
    const mentions: MentionsByBlock = new Map();
    const reasons: ReasonsByBlock = new Map();
    const unknown: Array<{ factId: string; line: number }> = [];

    const read: ReadBlock[] = [];
    let heading = false;
    visit(tree, 'element', (block) => {
      if (/^h[1-6]$/.test(block.tagName)) {
        // A live blog's time stamp ("8.05pm") opens no new section: the next update goes on from the last.
        if (!isTimeStamp(toString(block))) heading = true;
        return SKIP;
      }
      const blockId = typeof block.properties.id === 'string' ? block.properties.id : undefined;
      if (!blockId || !/^(p|li)$/.test(block.tagName)) return;
      read.push({ ...readBlock(block, blockId), opensSection: heading });
      heading = false;
      return SKIP;
    });

    // The article is read as a whole: a paragraph may carry on a fact an earlier one introduced.
    const found = recogniseArticle(
      read.map(({ blockId, text, taken, marked, opensSection }) => {
        const removed = options.unlinked?.get(blockId);
        return {
          id: blockId,
          text,
          excluded: taken,
          marked: marked.map((mark) => mark.factId),
          opensSection,
          ...(removed ? { removed } : {}),
        };
      }),
      options.recognisers,
      context,
    );
    read.forEach((block, i) => linkBlock(block, found[i] ?? []));

    function readBlock(block: Element, blockId: string): ReadBlock {
      const pieces: TextPiece[] = [];
      const taken: Span[] = [];
      const marked: ReadBlock['marked'] = [];
      let text = '';
      const walk = (parent: Element, skip: boolean) => {
        for (const child of parent.children) {
          if (child.type === 'text') {
            if (!skip) pieces.push({ node: child, parent, start: text.length, end: text.length + child.value.length });
            text += child.value;
          } else if (child.type === 'element') {
            const explicit = child.properties.dataFact;
            const start = text.length;
            const inert =
              skip ||
              typeof explicit === 'string' ||
              child.tagName === 'a' ||
              child.properties.dataNofact !== undefined;
            walk(child, inert);
            if (inert && !skip) taken.push({ start, end: text.length });
            if (typeof explicit === 'string') {
              if (known.has(explicit)) {
                child.properties.href = options.factHref(explicit);
                marked.push({ factId: explicit, at: start, words: text.slice(start) });
              } else {
                unknown.push({ factId: explicit, line: child.position?.start.line ?? 0 });
              }
            }
          }
        }
      };
      walk(block, false);
      return { blockId, text, pieces, taken, marked };
    }

    function linkBlock({ blockId, text, pieces, taken, marked }: ReadBlock, found: readonly Recognised[]) {
      const boundaries = pieces.flatMap((piece) => [piece.start, piece.end]);
      const links = chooseLinkSpans(text, found, taken, boundaries);
      // Pieces and links are both in text order, and no link crosses a piece's edge.
      let next = 0;
      for (const piece of pieces) {
        while (next < links.length && (links[next]?.start ?? 0) < piece.start) next++;
        const inPiece: LinkSpan[] = [];
        while (next < links.length && (links[next]?.end ?? 0) <= piece.end) inPiece.push(links[next++] as LinkSpan);
        insertLinks(piece, inPiece);
      }

      // Facts in order of first mention; each with the reason of its first mention.
      const first = new Map<string, { at: number; reason: MentionReason }>();
      const note = (factId: string, at: number, reason: MentionReason) => {
        const seen = first.get(factId);
        if (!seen || at < seen.at) first.set(factId, { at, reason });
      };
      for (const mark of marked)
        note(mark.factId, mark.at, { fact: mark.factId, by: 'marked', cues: [{ list: 'marked', words: mark.words }] });
      for (const mention of found)
        note(mention.factId, Math.min(...mention.matched.map((m) => m.start)), mention.reason);
      const ordered = [...first.entries()].sort((a, b) => a[1].at - b[1].at);
      if (ordered.length === 0) return;
      mentions.set(
        blockId,
        ordered.map(([factId]) => factId),
      );
      reasons.set(
        blockId,
        ordered.map(([, { reason }]) => reason),
      );
    }

    function insertLinks(piece: TextPiece, links: readonly LinkSpan[]) {
      if (links.length === 0) return;
      const value = piece.node.value;
      const replacement: ElementContent[] = [];
      let cursor = 0;
      for (const link of links) {
        const start = link.start - piece.start;
        const end = link.end - piece.start;
        if (start > cursor) replacement.push({ type: 'text', value: value.slice(cursor, start) });
        replacement.push({
          type: 'element',
          tagName: 'a',
          properties: { href: options.factHref(link.factId), className: ['fact-mention'], dataFact: link.factId },
          children: [{ type: 'text', value: value.slice(start, end) }],
        });
        cursor = end;
      }
      if (cursor < value.length) replacement.push({ type: 'text', value: value.slice(cursor) });
      const index = piece.parent.children.indexOf(piece.node);
      if (index >= 0) piece.parent.children.splice(index, 1, ...replacement);
    }

    file.data.mentions = mentions;
    file.data.mentionReasons = reasons;
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
    /** Why each block mentions each fact. */
    mentionReasons: ReasonsByBlock;
  }
}

export default rehypeFactMentions;
