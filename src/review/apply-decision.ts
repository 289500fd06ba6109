import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addToList,
  appendAccount,
  markReviewed,
  removeAccount,
  replaceAccount,
  setScalar,
} from '../editing/fact-document';
import { SUMMARY_TO_WRITE } from '../drafting/scaffold-fact';
import type { Account } from '../schemas/fact';
import type { BrokenDraft } from './item-problems';
import type { ReviewItem } from './review-items';

/** What an editor decided about one item. */
export type Decision =
  | { action: 'accept' }
  | { action: 'reject' }
  | { action: 'edit'; account?: Account; fields?: Partial<Record<'title' | 'kind' | 'summary' | 'date', string>> };

/** The file an item lives in, relative to the project root. */
export function itemFile(item: ReviewItem | BrokenDraft): string {
  return item.kind === 'draft-fact' || item.kind === 'broken-draft'
    ? `content/drafts/${item.draftId}.yaml`
    : `content/facts/${item.factId}.yaml`;
}

/**
 * Carries out a decision in the content files, reading each file just before changing it and
 * changing only the lines concerned, so edits an editor made by hand in the meantime stay:
 *
 * - a drafted account: accept marks it reviewed (or writes a build-time draft into the fact file);
 *   edit writes the edited account, reviewed; reject removes it and lists the source under the fact's
 *   `noAccountFrom`, so it is not drafted again;
 * - a draft fact: accept moves it to `content/facts/` (its title, kind, date and summary as the
 *   editor left them; its account stays drafted for its own review); edit changes those fields in the
 *   draft; reject deletes the draft;
 * - a doubtful link: accept keeps it (`linksKept`), reject removes it (`unlinked`);
 * - a draft file that cannot be read as a fact: reject deletes it (nothing else is possible).
 *
 * Returns a sentence saying what was done.
 */
export function applyDecision(root: string, item: ReviewItem | BrokenDraft, decision: Decision): string {
  const file = join(root, itemFile(item));
  const read = () => readFileSync(file, 'utf8');
  const write = (text: string) => writeFileSync(file, text);
  switch (item.kind) {
    case 'account': {
      const source = item.account.source;
      if (decision.action === 'accept') {
        write(
          item.inFile ? markReviewed(read(), source) : appendAccount(read(), { ...item.account, review: 'reviewed' }),
        );
        return `accepted ${source}’s account of ${item.factId} (${itemFile(item)})`;
      }
      if (decision.action === 'reject') {
        write(addToList(removeAccount(read(), source), 'noAccountFrom', source));
        return `rejected the draft: ${item.factId} lists ${source} under noAccountFrom (${itemFile(item)})`;
      }
      const edited = { ...(decision.account ?? item.account), source, review: 'reviewed' as const };
      write(item.inFile ? replaceAccount(read(), source, edited) : appendAccount(read(), edited));
      return `wrote the edited account of ${item.factId} by ${source}, reviewed (${itemFile(item)})`;
    }
    case 'draft-fact': {
      if (decision.action === 'reject') {
        unlinkSync(file);
        return `deleted the draft ${itemFile(item)}`;
      }
      if (decision.action === 'edit') {
        let text = read();
        for (const [field, value] of Object.entries(decision.fields ?? {})) {
          if (value === undefined) continue;
          text = field === 'date' ? setScalar(text, ['date', 'start'], value) : setScalar(text, [field], value);
        }
        write(text);
        return `edited ${itemFile(item)} (still a draft: accept it to publish it)`;
      }
      if (item.data.summary === SUMMARY_TO_WRITE)
        throw new Error(
          `${itemFile(item)} has no summary yet: write it first (npm run review -- --edit ${item.id} --set summary="…", or in the file)`,
        );
      const target = join(root, 'content/facts', `${item.draftId}.yaml`);
      if (existsSync(target))
        throw new Error(
          `content/facts/${item.draftId}.yaml already exists: rename the draft (its file name is its id) and accept it again`,
        );
      writeFileSync(target, withoutDraftHeader(read()), { flag: 'wx' });
      unlinkSync(file);
      return `published content/facts/${item.draftId}.yaml (its drafted account waits for its own review)`;
    }
    case 'broken-draft': {
      if (decision.action !== 'reject')
        throw new Error(`${itemFile(item)} cannot be read as a fact: correct the file, or reject the draft`);
      unlinkSync(file);
      return `deleted the draft ${itemFile(item)}`;
    }
    case 'link': {
      write(addToList(read(), decision.action === 'reject' ? 'unlinked' : 'linksKept', item.ref));
      return decision.action === 'reject'
        ? `removed the link from ${item.ref} to ${item.factId} (unlinked)`
        : `kept the link from ${item.ref} to ${item.factId} (linksKept)`;
    }
  }
}

/** A draft fact's file without the comment lines add-source or new-fact put at its top (they say it is a draft). */
function withoutDraftHeader(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (
    start < lines.length &&
    /^# .*(?:not published until an editor accepts it|Before accepting:)/u.test(lines[start] ?? '')
  )
    start++;
  return lines.slice(start).join('\n');
}
