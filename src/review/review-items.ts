import type { LoadedContent } from '../loader/load-content';
import { draftAccountAndLeftOut } from '../drafting/draft-account';
import type { LeftOutValue } from '../drafting/left-out';
import { matchingPassages } from '../drafting/matching-passages';
import { draftSource } from '../drafting/source-context';
import type { Account, FactData } from '../schemas/fact';
import { linksToReview, type DoubtfulLink } from './doubtful-links';
import { formatParagraphRef } from '../model/paragraph-ref';

/** Something waiting for an editor's decision, with the id the flags name it by. */
export type ReviewItem =
  | {
      kind: 'account';
      /** `account:<fact>:<source>`. */
      id: string;
      factId: string;
      factTitle: string;
      account: Account;
      /** Whether the fact file holds the draft (written by add-source) or the build drafted it (nothing in the file yet). */
      inFile: boolean;
      /** The passages it was drafted from. */
      passages: Array<{ ref: string; text: string }>;
      /** Values the drafter found in those passages but left out, unsure of them, each with why. */
      leftOut: LeftOutValue[];
    }
  | {
      kind: 'draft-fact';
      /** `fact:<draft id>`. */
      id: string;
      draftId: string;
      data: FactData;
      /** Passages of the briefing its proposed rules would link once published. */
      wouldLink: Array<{ ref: string; text: string }>;
    }
  | ({ kind: 'link'; /** `link:<fact>:<article>#<paragraph>`. */ id: string } & DoubtfulLink);

/**
 * What awaits an editor, in the order to review it: draft facts first (accepting one can bring new
 * accounts), those more sources report before the others, then drafted accounts by fact, then doubtful links. Read from the loaded content, so it
 * is exactly what the build shows as drafted.
 */
export function reviewItems(content: LoadedContent): ReviewItem[] {
  const blockText = new Map<string, string>(
    content.articles.flatMap((article) =>
      article.blocks.map((block) => [formatParagraphRef(article.id, block.id), block.text] as const),
    ),
  );
  const inFile = new Set(
    content.facts
      .flatMap((fact) => fact.data.accounts.map((a) => `${fact.id}:${a.source}`))
      .filter((key) => !content.buildDrafts.some((d) => `${d.factId}:${d.source}` === key)),
  );

  // The drafts most sources report first: an event several outlets date is likeliest to be news.
  const reporting = (draft: { data: FactData }) =>
    new Set([...(draft.data.summaryFrom ?? []), ...draft.data.accounts.map((account) => account.source)]).size;
  const drafts = [...content.draftFacts]
    .sort((a, b) => reporting(b) - reporting(a))
    .map((draft): ReviewItem => {
      const wouldLink = matchingPassages(draft, content.articles).map(({ ref, text }) => ({ ref, text }));
      return { kind: 'draft-fact', id: `fact:${draft.id}`, draftId: draft.id, data: draft.data, wouldLink };
    });

  const accounts = content.facts.flatMap((fact) =>
    fact.data.accounts
      .filter((account) => account.review === 'drafted')
      .map((account): ReviewItem => {
        const passages = account.paragraphs.map((ref) => ({ ref, text: blockText.get(ref) ?? '' }));
        return {
          kind: 'account',
          id: `account:${fact.id}:${account.source}`,
          factId: fact.id,
          factTitle: fact.data.title,
          account,
          inFile: inFile.has(`${fact.id}:${account.source}`),
          passages,
          leftOut: leftOutOf(fact, account, passages, content),
        };
      }),
  );

  const links = linksToReview(content).map((link): ReviewItem => ({
    kind: 'link',
    id: `link:${link.factId}:${link.ref}`,
    ...link,
  }));
  return [...drafts, ...accounts, ...links];
}

/**
 * What the drafter leaves out of an account, unsure of it, read again from the passages the account
 * names (drafting is a pure function of them): only values the account does not hold now, so an
 * editor's additions are never listed as left out.
 */
function leftOutOf(
  fact: LoadedContent['facts'][number],
  account: Account,
  passages: ReadonlyArray<{ ref: string; text: string }>,
  content: LoadedContent,
): LeftOutValue[] {
  const article = content.articles.find((a) => a.id === account.source);
  if (!article) return [];
  const linked = passages.map((p) => ({ blockId: p.ref.slice(p.ref.indexOf('#') + 1), text: p.text }));
  const held = [
    account.date?.asWritten,
    account.setting,
    ...account.actors,
    ...account.wording,
    ...account.numbers.map((n) => n.asWritten),
  ].map((value) => value?.toLowerCase());
  return draftAccountAndLeftOut(fact, draftSource(article.id, article.data), linked).leftOut.filter(
    (item) => !held.includes(item.value.toLowerCase()),
  );
}
