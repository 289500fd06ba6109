import type { LoadedContent } from '../loader/load-content';
import { matchingPassages } from '../drafting/matching-passages';
import type { Account, FactData } from '../schemas/fact';
import { doubtfulLinks, type DoubtfulLink } from './doubtful-links';
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
      .map((account): ReviewItem => ({
        kind: 'account',
        id: `account:${fact.id}:${account.source}`,
        factId: fact.id,
        factTitle: fact.data.title,
        account,
        inFile: inFile.has(`${fact.id}:${account.source}`),
        passages: account.paragraphs.map((ref) => ({ ref, text: blockText.get(ref) ?? '' })),
      })),
  );

  const jumped = new Set(
    content.warnings
      .filter((w) => w.kind === 'rules whose matches jumped')
      .map((w) => /content\/facts\/(.+)\.yaml$/u.exec(w.file)?.[1] ?? ''),
  );
  const links = doubtfulLinks(content.articles, content.facts, jumped).map((link): ReviewItem => ({
    kind: 'link',
    id: `link:${link.factId}:${link.ref}`,
    ...link,
  }));
  return [...drafts, ...accounts, ...links];
}
