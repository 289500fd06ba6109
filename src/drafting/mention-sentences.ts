import { compileRecognisers, type FactRules, type Recognisers } from '../recognition/compile-recognisers';
import { recognise, type RecognitionContext, type Span } from '../recognition/recognise';

/** A passage of an article that mentions a fact: its block id and its text as the reader sees it. */
export interface LinkedPassage {
  blockId: string;
  text: string;
}

/** One sentence of a passage that mentions the fact, with the words of each of the fact's lists found in it. */
export interface MentionSentence {
  blockId: string;
  /** The passage's whole text (dates before the sentence may set its time). */
  passage: string;
  /** Where the sentence is in the passage. */
  sentence: Span;
  /** Each word list of the fact's rules found in the sentence, with the words as written and their offsets in the passage. */
  lists: Array<{ list: string; words: string; start: number; end: number }>;
}

/**
 * Reads a fact's linked passages again with its own rules, one compiled recogniser for the fact and
 * one for each of its word lists on its own, so that drafting sees every list a sentence holds (the
 * link records only the first line that held). A passage linked by hand, whose words no rule finds,
 * counts as one sentence with no lists. The same matcher the site links with; no second reader.
 */
export function mentionSentences(
  fact: FactRules,
  passages: readonly LinkedPassage[],
  context: RecognitionContext,
): MentionSentence[] {
  const whole = compileRecognisers([fact]).recognisers;
  const lists = listRecognisers(fact);
  const found: MentionSentence[] = [];
  for (const passage of passages) {
    const mentions = recognise(passage.text, whole, context).filter((m) => m.factId === fact.id);
    if (mentions.length === 0) {
      found.push({
        blockId: passage.blockId,
        passage: passage.text,
        sentence: { start: 0, end: passage.text.length },
        lists: [],
      });
      continue;
    }
    for (const mention of mentions) {
      const text = passage.text.slice(mention.sentence.start, mention.sentence.end);
      const hits = recognise(text, lists, context).map((hit) => {
        const cue = hit.matched[0];
        const start = mention.sentence.start + (cue?.start ?? 0);
        const end = mention.sentence.start + (cue?.end ?? 0);
        return { list: hit.factId, words: passage.text.slice(start, end), start, end };
      });
      found.push({
        blockId: passage.blockId,
        passage: passage.text,
        sentence: mention.sentence,
        lists: hits.filter((hit) => hit.words.trim() !== ''),
      });
    }
  }
  return found;
}

/**
 * Each word list of the fact as a recogniser of its own (named by the list), undated so that any
 * sentence may hold it: a characterisation, which (unlike context) one word of a list is enough to find.
 */
function listRecognisers(fact: FactRules): Recognisers {
  const facts = Object.entries(fact.data.recognise.words).map(([list, words]) => ({
    id: list,
    data: {
      kind: 'characterisation' as const,
      recognise: { words: { [list]: words }, match: [list], not: [], patterns: [] },
    },
  }));
  return compileRecognisers(facts).recognisers;
}
