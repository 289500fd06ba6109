import type { ArticleInput, FactInput } from '../briefing/views/graph';
import type { ContentProblem } from '../model/problems';
import { describeReason } from '../recognition/mention-reason';
import { formatParagraphRef } from '../model/paragraph-ref';

/** Matched words further apart than this (characters) in one passage are a loose co-occurrence, not a phrase. */
const FAR_APART = 160;

/** A link the review asks an editor to look at, and why. */
export interface DoubtfulLink {
  factId: string;
  /** `article#paragraph`. */
  ref: string;
  articleId: string;
  blockId: string;
  text: string;
  /** The rule line and words that made the link. */
  reason: string;
  /** Why it is doubtful. */
  doubt: string;
}

/**
 * Links worth an editor's look before they are trusted: those of a rule whose links jumped in the
 * latest update (`jumped` facts, from the build's warnings), and those whose matched words stand far
 * apart in a long passage (two concepts mentioned, perhaps not of the same event), and those that
 * carry a fact on from an earlier paragraph without its words ("She added: …"). Links marked by
 * hand are never doubtful; links an editor kept (`linksKept`) are not asked about again.
 */
export function doubtfulLinks(
  articles: readonly ArticleInput[],
  facts: readonly FactInput[],
  jumped: ReadonlySet<string>,
): DoubtfulLink[] {
  const latest = articles.reduce((day, article) => (article.data.added > day ? article.data.added : day), '');
  const earlier = articles.some((article) => article.data.added < latest);
  const found: DoubtfulLink[] = [];
  for (const fact of facts) {
    const kept = new Set(fact.data.linksKept);
    for (const article of articles) {
      for (const block of article.blocks) {
        const index = block.mentions.indexOf(fact.id);
        const reason = block.mentionReasons[index];
        if (index === -1 || !reason || reason.by === 'marked') continue;
        const ref = formatParagraphRef(article.id, block.id);
        if (kept.has(ref)) continue;
        let doubt: string | undefined;
        if (earlier && jumped.has(fact.id) && article.data.added === latest)
          doubt = 'the rule links this fact far more often in the latest sources than before';
        if (
          !doubt &&
          (closestSpread(
            block.text,
            reason.cues.map((cue) => cue.words),
          ) ?? 0) > FAR_APART
        )
          doubt = 'the words that made the link stand far apart in the passage';
        if (!doubt && reason.by === 'continued')
          doubt = 'the passage names none of the fact’s words: it was linked as carrying on an earlier paragraph';
        if (doubt)
          found.push({
            factId: fact.id,
            ref,
            articleId: article.id,
            blockId: block.id,
            text: block.text,
            reason: describeReason(reason),
            doubt,
          });
      }
    }
  }
  return found;
}

/**
 * How far apart the words stand at their closest: each may occur more than once ("Takaichi" in the
 * first line and again beside the other words), and the link is about the nearest occurrences, so the
 * smallest distance over every choice of occurrence. Undefined when fewer than two are found.
 */
export function closestSpread(text: string, words: readonly string[]): number | undefined {
  const occurrences = words
    .map((word) => {
      const found: number[] = [];
      for (let at = text.indexOf(word); at !== -1 && word !== '' && found.length < 20; at = text.indexOf(word, at + 1))
        found.push(at);
      return found;
    })
    .filter((found) => found.length > 0);
  if (occurrences.length < 2) return undefined;
  let best = Infinity;
  const walk = (k: number, low: number, high: number) => {
    if (high - low >= best) return;
    if (k === occurrences.length) {
      best = high - low;
      return;
    }
    for (const at of occurrences[k] ?? []) walk(k + 1, Math.min(low, at), Math.max(high, at));
  };
  walk(0, Infinity, -Infinity);
  return best;
}

/**
 * The doubtful links of the loaded content, as `npm run review` lists them: the facts whose links jumped
 * are read from the build's warnings. Apart from the other review items, whose drafting reads English
 * with the language model, so that the build can count these on every run at no cost.
 */
export function linksToReview(content: {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  warnings: readonly ContentProblem[];
}): DoubtfulLink[] {
  const jumped = new Set(
    content.warnings
      .filter((w) => w.kind === 'rules whose matches jumped')
      .map((w) => /content\/facts\/(.+)\.yaml$/u.exec(w.file)?.[1] ?? ''),
  );
  return doubtfulLinks(content.articles, content.facts, jumped);
}
