import type { ArticleInput } from '../briefing/views/graph';
import type { FactData } from '../schemas/fact';
import { draftAccount } from './draft-account';
import { matchingPassages, type MatchingPassage } from './matching-passages';
import { proposeRules } from './propose-rules';
import { draftSource } from './source-context';

/** What an editor gives to start a fact. */
export interface NewFact {
  id: string;
  title: string;
  kind: FactData['kind'];
  date?: { start: string; end?: string };
  /** Optional: without it the draft says the summary is still to write, and cannot be accepted until it is. */
  summary?: string;
}

/** The summary of a fact scaffolded without one; `npm run review` refuses to publish it as it is. */
export const SUMMARY_TO_WRITE = 'Not written yet: summarise what the sources below say, then accept the fact.';

/**
 * A new fact as a draft, pre-filled from the briefing: recognition rules proposed from its title
 * (the importer's proposal for a draft fact, without requiring a date in the sentence), the passages those rules match in every
 * article, and each matching source's account drafted from them (marked drafted). The editor widens
 * the rules, writes the summary and accepts it with `npm run review`.
 */
export function scaffoldFact(
  request: NewFact,
  articles: readonly ArticleInput[],
): { data: FactData; passages: MatchingPassage[] } {
  // Not `+ date`: a source rarely dates a fact in the sentence that names it; the fact's date still
  // keeps mentions dated otherwise out (recognition's date window).
  const recognise = proposeRules(request.title, { dated: false });
  const base: FactData = {
    title: request.title,
    kind: request.kind,
    ...(request.date ? { date: request.date } : {}),
    summary: request.summary ?? SUMMARY_TO_WRITE,
    recognise,
    accounts: [],
    related: [],
    notFromSources: [],
    aliases: [],
    summaryFrom: [],
    noAccountFrom: [],
    linksKept: [],
    unlinked: [],
  };
  const passages = matchingPassages({ id: request.id, data: base }, articles);
  const accounts = articles.flatMap((article) => {
    const own = passages.filter((passage) => passage.articleId === article.id);
    const account =
      own.length > 0
        ? draftAccount({ id: request.id, data: base }, draftSource(article.id, article.data), own)
        : undefined;
    return account ? [account] : [];
  });
  return { data: { ...base, accounts }, passages };
}
