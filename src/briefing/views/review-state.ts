import type { Account } from '../../schemas/fact';

/** Whether an editor has reviewed an account (`drafted` until `npm run review` accepts it). */
export type ReviewState = Account['review'];

/** What every page and export says of an account made from the text and not yet reviewed. */
export const DRAFTED_LABEL = 'Drafted from the text, not yet reviewed';

/** The sources whose account is drafted, not yet reviewed: what pages and exports mark as drafted. */
export function draftedSources(accounts: ReadonlyArray<Pick<Account, 'source' | 'review'>>): ReadonlySet<string> {
  return new Set(accounts.filter((account) => account.review === 'drafted').map((account) => account.source));
}

/** The review state of a source's account among `accounts`; a source without an account is not drafted. */
export function reviewOf(accounts: ReadonlyArray<Pick<Account, 'source' | 'review'>>, source: string): ReviewState {
  return accounts.find((account) => account.source === source)?.review ?? 'reviewed';
}
