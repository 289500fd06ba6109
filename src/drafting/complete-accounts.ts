import type { ArticleInput, FactInput } from '../briefing/views/graph';
import { storyOf, type Story } from '../briefing/views/wire-stories';
import type { Account } from '../schemas/fact';
import { draftAccount, type LinkedPassage } from './draft-account';
import { draftSource } from './source-context';

/** An account the build drafted because no content file holds one yet. */
export interface BuildDraft {
  factId: string;
  source: string;
}

/** Drafts `article`'s account of `fact` from its passages that mention it (the loader's is cached by digest). */
export type DraftFor = (fact: FactInput, article: ArticleInput, passages: LinkedPassage[]) => Account | undefined;

/** Drafts an account from the passages alone, as the importer does. */
export const draftFromArticle: DraftFor = (fact, article, passages) =>
  draftAccount(fact, draftSource(article.id, article.data), passages);

/**
 * Every fact with an account from each source that mentions it: where the fact file has none (a source
 * added by hand, a rule that started matching), one is drafted from the linked passages, marked
 * drafted, so the new source joins the comparison at once and is never shown as reviewed. No draft
 * for a source an editor declined (`noAccountFrom`), nor for a carrier of a wire story whose lead
 * mentions the fact too: the story is counted once, through its lead.
 */
export function completeAccounts(
  facts: readonly FactInput[],
  articles: readonly ArticleInput[],
  stories: readonly Story[],
  draft: DraftFor = draftFromArticle,
): { facts: FactInput[]; drafted: BuildDraft[] } {
  const story = storyOf(stories);
  const drafted: BuildDraft[] = [];
  const completed = facts.map((fact) => {
    const added = articles.flatMap((article) => {
      const passages = article.blocks
        .filter((block) => block.mentions.includes(fact.id))
        .map((block) => ({ blockId: block.id, text: block.text }));
      if (
        passages.length === 0 ||
        fact.data.accounts.some((account) => account.source === article.id) ||
        fact.data.noAccountFrom.includes(article.id)
      )
        return [];
      const lead = story.get(article.id)?.lead;
      const leadMentions =
        lead !== undefined &&
        lead !== article.id &&
        articles.some((other) => other.id === lead && other.blocks.some((block) => block.mentions.includes(fact.id)));
      if (leadMentions) return [];
      const account = draft(fact, article, passages);
      if (!account) return [];
      drafted.push({ factId: fact.id, source: article.id });
      return [account];
    });
    return added.length > 0 ? { ...fact, data: { ...fact.data, accounts: [...fact.data.accounts, ...added] } } : fact;
  });
  return { facts: completed, drafted };
}
