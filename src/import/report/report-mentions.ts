import { findMentions } from '../../briefing/mentions';
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
}

/**
 * Which known facts the article mentions, found with the same rules and matcher the site uses to link
 * paragraphs to facts (headings are not linked, so they are not counted). In order of first mention.
 */
export function reportMentions(
  blocks: readonly WrittenBlock[],
  compiled: ReadonlyArray<{ id: string; regex: RegExp }>,
  titles: ReadonlyMap<string, string>,
): FactMentionReport[] {
  const byFact = new Map<string, FactMentionReport>();
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const mention of findMentions(block.text, compiled)) {
      let entry = byFact.get(mention.factId);
      if (!entry) {
        entry = { factId: mention.factId, title: titles.get(mention.factId) ?? mention.factId, count: 0, paragraphIds: [], samples: [] };
        byFact.set(mention.factId, entry);
      }
      entry.count++;
      if (!entry.paragraphIds.includes(block.id)) {
        entry.paragraphIds.push(block.id);
        entry.samples.push(mention.text);
      }
    }
  }
  return [...byFact.values()];
}
