import type { FactRules } from '../../../src/recognition/compile-recognisers';
import { compileRecognisers } from '../../../src/recognition/compile-recognisers';
import { recognise } from '../../../src/recognition/recognise';

/**
 * Whether a text holds any of a fact's rule words — any word of any of its `recognise.words` lists,
 * compared exactly as the rules compare them (inflection, case, spelling, Japanese stems). Built by
 * recompiling every fact with one `match` line per list and no dates or `not` words, so any single
 * word is a hit: what a paragraph of kind `continuation` lacks.
 */
export function ruleWordFinder(
  facts: readonly FactRules[],
  language = 'en',
): (factId: string, text: string) => boolean {
  const everyWord = facts.map((fact) => {
    const words = fact.data.recognise?.words ?? {};
    const lists = Object.keys(words);
    return {
      id: fact.id,
      // A characterisation: undated, and (unlike context, which needs more than one word) found from any one word.
      data: { kind: 'characterisation' as const, recognise: { words, match: lists, not: [], patterns: [] } },
    };
  });
  const { recognisers } = compileRecognisers(everyWord);
  return (factId, text) =>
    recognise(text, recognisers, { language: /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text) ? 'ja' : language }).some(
      (found) => found.factId === factId,
    );
}
