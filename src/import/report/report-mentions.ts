import type { Recognisers } from '../../recognition/compile-recognisers';
import { describeReason } from '../../recognition/mention-reason';
import type { RecognitionContext } from '../../recognition/recognise';
import { isTimeStamp, recogniseArticle } from '../../recognition/recognise-article';
import type { WrittenBlock } from '../ids/block-ids';

/** A known fact that the new article mentions. */
export interface FactMentionReport {
  factId: string;
  title: string;
  /** Number of mentions in the article. */
  count: number;
  /** Ids of the paragraphs with a mention, in article order. */
  paragraphIds: string[];
  /** The words matched, first one per paragraph (to check at a glance). */
  samples: string[];
  /** Why, per paragraph in `paragraphIds`: the rule line, the words and the date that matched. */
  reasons: string[];
}

/**
 * Which known facts the article mentions, found with the same rules and recogniser the site uses to
 * link paragraphs to facts, the article read as a whole (headings are not linked, so they are not
 * counted), each mention with the reason it was found. In order of first mention; `count` is the number of sentences.
 */
export function reportMentions(
  blocks: readonly WrittenBlock[],
  recognisers: Recognisers,
  titles: ReadonlyMap<string, string>,
  context: RecognitionContext = {},
): FactMentionReport[] {
  const byFact = new Map<string, FactMentionReport>();
  // Read as the site reads it: the article as a whole, so a paragraph that carries a fact on counts.
  const paragraphs = blocks.flatMap((block, i) =>
    block.kind === 'heading'
      ? []
      : [{ block, opensSection: blocks[i - 1]?.kind === 'heading' && !isTimeStamp(blocks[i - 1]?.text ?? '') }],
  );
  const found = recogniseArticle(
    paragraphs.map(({ block, opensSection }) => ({ id: block.id, text: block.text, opensSection })),
    recognisers,
    context,
  );
  for (const [i, { block }] of paragraphs.entries()) {
    for (const mention of found[i] ?? []) {
      let entry = byFact.get(mention.factId);
      if (!entry) {
        entry = {
          factId: mention.factId,
          title: titles.get(mention.factId) ?? mention.factId,
          count: 0,
          paragraphIds: [],
          samples: [],
          reasons: [],
        };
        byFact.set(mention.factId, entry);
      }
      entry.count++;
      if (!entry.paragraphIds.includes(block.id)) {
        entry.paragraphIds.push(block.id);
        entry.samples.push(mention.matched.map((m) => m.words).join(' … '));
        entry.reasons.push(describeReason(mention.reason));
      }
    }
  }
  return [...byFact.values()];
}
