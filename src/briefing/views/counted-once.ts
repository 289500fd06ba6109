import type { Story } from './wire-stories';

/**
 * The accounts a comparison counts: one per story, so the outlets carrying one wire story never outvote
 * a single report. A story is told by its lead's account; by its first carrier's (in reading order)
 * when the lead gives none. Accounts keep their order; sources in no story count on their own.
 */
export function countedOnce<A extends { source: string }>(
  accounts: readonly A[],
  storyOf: ReadonlyMap<string, Story>,
): A[] {
  const given = new Set(accounts.map((account) => account.source));
  return accounts.filter((account) => {
    const story = storyOf.get(account.source);
    if (!story) return true;
    const teller = [story.lead, ...story.carriers].find((id) => given.has(id));
    return teller === account.source;
  });
}

/** The other articles carrying the same story as `articleId` (its lead first, then carriers in reading order). */
export function alsoCarriedBy(articleId: string, storyOf: ReadonlyMap<string, Story>): string[] {
  const story = storyOf.get(articleId);
  return story ? [story.lead, ...story.carriers].filter((id) => id !== articleId) : [];
}
