import type { ContentProblem } from '../model/problems';
import type { LoadedContent } from '../loader/load-content';
import { reviewItems, type ReviewItem } from './review-items';

/** A draft fact whose file the loader could not read as a fact: it can only be rejected (deleted). */
export interface BrokenDraft {
  kind: 'broken-draft';
  /** `fact:<draft id>`, as for a draft fact. */
  id: string;
  draftId: string;
}

/** What the review screen shows: each item with the problems that are its own, and the rest. */
export interface ReviewWithProblems {
  items: Array<{ item: ReviewItem | BrokenDraft; problems: ContentProblem[] }>;
  /** Problems of content that is not awaiting review (the editor corrects those in the files). */
  others: ContentProblem[];
}

const DRAFT_FILE = /^content\/drafts\/(.+)\.yaml$/u;
const ACCOUNT_FIELD = /^accounts\[(\d+)\]/u;

/**
 * Sets the content's problems next to the review items they concern, so an editor can reject or edit a
 * broken draft while the rest of the briefing has problems too: a draft fact's are those of its file;
 * a drafted account's are those of its fact file under its own `accounts[n]`; a draft file the loader
 * could not read as a fact becomes an item of its own (`accountSources` gives each fact's accounts in
 * file order, to find an account's `n`).
 */
export function problemsByItem(
  items: readonly ReviewItem[],
  problems: readonly ContentProblem[],
  accountSources: ReadonlyMap<string, readonly string[]>,
): ReviewWithProblems {
  const claimed = new Set<ContentProblem>();
  const take = (test: (problem: ContentProblem) => boolean) => {
    const found = problems.filter(test);
    for (const problem of found) claimed.add(problem);
    return found;
  };
  const listed = new Set(items.flatMap((item) => (item.kind === 'draft-fact' ? [item.draftId] : [])));
  const broken: BrokenDraft[] = [
    ...new Set(
      problems
        .map((problem) => DRAFT_FILE.exec(problem.file)?.[1])
        .filter((id): id is string => id !== undefined && !listed.has(id)),
    ),
  ].map((draftId) => ({
    kind: 'broken-draft',
    id: `fact:${draftId}`,
    draftId,
  }));
  const withProblems = [...broken, ...items].map((item) => {
    if (item.kind === 'draft-fact' || item.kind === 'broken-draft')
      return { item, problems: take((problem) => problem.file === `content/drafts/${item.draftId}.yaml`) };
    if (item.kind === 'account') {
      const index = accountSources.get(item.factId)?.indexOf(item.account.source) ?? -1;
      return {
        item,
        problems: take(
          (problem) =>
            problem.file === `content/facts/${item.factId}.yaml` &&
            Number(ACCOUNT_FIELD.exec(problem.where)?.[1]) === index,
        ),
      };
    }
    return { item, problems: [] };
  });
  return { items: withProblems, others: problems.filter((problem) => !claimed.has(problem)) };
}

/** The review screen of the content as loaded for editing: what `npm run review` and the desk both show. */
export function reviewScreen(content: LoadedContent): ReviewWithProblems {
  const accountSources = new Map(
    content.facts.map((fact) => [fact.id, fact.data.accounts.map((account) => account.source)]),
  );
  return problemsByItem(reviewItems(content), content.problems, accountSources);
}

/** Why an item may not be accepted as it is, or undefined: nothing with problems of its own is published or marked reviewed. */
export function acceptRefusal(entry: {
  item: ReviewItem | BrokenDraft;
  problems: readonly ContentProblem[];
}): string | undefined {
  if (entry.item.kind === 'broken-draft')
    return `${entry.item.id} cannot be read as a fact: correct content/drafts/${entry.item.draftId}.yaml, or reject it (--reject ${entry.item.id} deletes the file)`;
  if (entry.problems.length === 0) return undefined;
  return `${entry.item.id} has ${entry.problems.length === 1 ? 'a problem' : `${entry.problems.length} problems`} of its own (shown with it in --list): edit or reject it, or correct the file, before accepting it`;
}
