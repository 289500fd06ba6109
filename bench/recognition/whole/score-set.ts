import type { FactInput } from '../../../src/briefing/views/graph';
import { describeReason } from '../../../src/recognition/mention-reason';
import { score, type Counts, type ScoredParagraph, type Scores } from '../score/counts';
import { expectedFacts, normaliseForMatch, type GoldSentence } from '../score/gold-sentences';
import { paragraphKind, type KindFacts } from '../score/paragraph-kind';
import { ruleWordFinder } from '../score/rule-words';
import { importAndLoad, type ArticleToImport, type ImportOutcome } from './import-and-load';

export interface LabelledArticle extends ArticleToImport {
  sentences: ReadonlyArray<GoldSentence & { shape?: string }>;
}

export interface SetResult {
  scores: Scores;
  /** Scores by the shape the writer labelled (own sets only). */
  byShape: Map<string, Counts & { paragraphs: number }>;
  /** Scores by the article's language as the importer recorded it, else by its script. */
  byLanguage: Map<string, Counts & { paragraphs: number }>;
  /** Labelled (paragraph, fact) pairs whose paragraph holds none of the fact's rule words: how many were linked. */
  continuationLinks: Counts;
  outcomes: ImportOutcome[];
  sentences: number;
  /** Labelled sentences found in no scored paragraph (a headline made the title, a caption left out). */
  unplaced: number;
  /** Paragraphs scored, with their kinds, facts and text, and why each fact was linked (fact → reason). */
  paragraphs: Array<ScoredParagraph & { text: string; name: string; reasons?: ReadonlyMap<string, string> }>;
}

/** A paragraph counts as the lede only with this many words: a byline or a bare dateline is not one. */
const LEDE_WORDS = 8;
const LEDE_CHARACTERS = 30;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/**
 * Imports every article of a labelled set into a scratch copy of `contentRoot`, loads the briefing,
 * and scores each article's paragraphs and list items (headings are not linked) against the labels.
 */
export async function scoreSet(contentRoot: string, articles: readonly LabelledArticle[]): Promise<SetResult> {
  const { outcomes, content } = await importAndLoad(contentRoot, articles);
  const facts = new Map(content.facts.map((fact) => [fact.id, kindFacts(fact)]));
  const hasRuleWord = ruleWordFinder(content.facts);
  const paragraphs: SetResult['paragraphs'] = [];
  const byShape = new Map<string, Counts & { paragraphs: number }>();
  const byLanguage = new Map<string, Counts & { paragraphs: number }>();
  const continuationLinks = { tp: 0, fp: 0, fn: 0 };
  let unplaced = 0;
  let sentences = 0;
  for (const [i, article] of articles.entries()) {
    sentences += article.sentences.length;
    const loaded = content.articles.find((candidate) => candidate.id === outcomes[i]?.articleId);
    if (!loaded) {
      unplaced += article.sentences.length;
      continue;
    }
    const blocks = loaded.blocks.filter((block) => block.kind !== 'heading');
    const placed = expectedFacts(blocks, article.sentences);
    unplaced += placed.unplaced.length;
    const lede = blocks.find(couldBeLede);
    // The importer records a language only when the source states one; otherwise the script tells.
    const language =
      'value' in loaded.data.language
        ? loaded.data.language.value
        : blocks.some((block) => CJK.test(block.text))
          ? 'not stated, Japanese script'
          : 'not stated, Latin script';
    for (const block of blocks) {
      const gold = placed.expected.get(block.id) ?? new Set<string>();
      const found = new Set(block.mentions);
      const kind = paragraphKind(
        {
          text: block.text,
          isLede: block === lede,
          labelled: gold,
          ...(article.stored.published ? { published: article.stored.published } : {}),
        },
        facts,
        hasRuleWord,
      );
      const reasons = new Map(block.mentionReasons.map((reason) => [reason.fact, describeReason(reason)]));
      const scored = {
        ref: `${loaded.id}#${block.id}`,
        kind,
        gold,
        found,
        text: block.text,
        name: article.name,
        reasons,
      };
      paragraphs.push(scored);
      for (const fact of gold) {
        if (hasRuleWord(fact, block.text)) continue;
        if (found.has(fact)) continuationLinks.tp++;
        else continuationLinks.fn++;
      }
      const counts = score([scored]).overall;
      addTo(byLanguage, language, counts);
      const shape = shapeOf(block.text, article.sentences);
      if (shape) addTo(byShape, shape, counts);
    }
  }
  const sorted = <V>(map: Map<string, V>) => new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
  return {
    scores: score(paragraphs),
    byShape: sorted(byShape),
    byLanguage: sorted(byLanguage),
    continuationLinks,
    outcomes,
    sentences,
    unplaced,
    paragraphs,
  };
}

/** Adds counts (one paragraph's, unless told) to a group's. */
function addTo(
  groups: Map<string, Counts & { paragraphs: number }>,
  key: string,
  counts: Counts,
  paragraphs = 1,
): void {
  const total = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, paragraphs: 0 };
  groups.set(key, {
    tp: total.tp + counts.tp,
    fp: total.fp + counts.fp,
    fn: total.fn + counts.fn,
    paragraphs: total.paragraphs + paragraphs,
  });
}

function kindFacts(fact: FactInput): KindFacts {
  const last = fact.data.date?.end ?? fact.data.date?.start;
  return { kind: fact.data.kind, ...(last ? { lastDay: String(last) } : {}) };
}

/** A paragraph of running text: a byline or a bare dateline is not a lede (Japanese is counted in characters). */
function couldBeLede(block: { kind: string; text: string }): boolean {
  if (block.kind !== 'paragraph') return false;
  return CJK.test(block.text) ? block.text.length >= LEDE_CHARACTERS : block.text.split(/\s+/u).length >= LEDE_WORDS;
}

/** The shape its writer gave the paragraph, when the set labels shapes. */
function shapeOf(text: string, sentences: LabelledArticle['sentences']): string | undefined {
  const normal = normaliseForMatch(text);
  return sentences.find((sentence) => sentence.shape && normal.includes(normaliseForMatch(sentence.start).slice(0, 50)))
    ?.shape;
}

/** Two results as one set (a labelled set and its held-out part, for the whole set's figures). */
export function combineResults(a: SetResult, b: SetResult): SetResult {
  const paragraphs = [...a.paragraphs, ...b.paragraphs];
  const merge = (x: SetResult['byShape'], y: SetResult['byShape']) => {
    const merged = new Map(x);
    for (const [key, counts] of y) addTo(merged, key, counts, counts.paragraphs);
    return merged;
  };
  return {
    scores: score(paragraphs),
    byShape: merge(a.byShape, b.byShape),
    byLanguage: merge(a.byLanguage, b.byLanguage),
    continuationLinks: {
      tp: a.continuationLinks.tp + b.continuationLinks.tp,
      fp: 0,
      fn: a.continuationLinks.fn + b.continuationLinks.fn,
    },
    outcomes: [...a.outcomes, ...b.outcomes],
    sentences: a.sentences + b.sentences,
    unplaced: a.unplaced + b.unplaced,
    paragraphs,
  };
}
