import { checkQuotation, extractQuotations, type QuotablePassage } from '../briefing/views/quotes';
import type { Account } from '../schemas/fact';
import type { LeftOutValue } from './left-out';

const REFUSED = 'the quotation check does not find these words, as written, in the passages';

const found = (words: string, passages: readonly QuotablePassage[]) => checkQuotation(words, passages).found;

/**
 * A drafted account with only the values the build's quotation rule accepts against the source's own
 * passages (the check every account's words get, docs/quotations.md): the importer never writes what
 * the loader would refuse. Undefined when nothing is left to compare.
 */
export function checkedAccount(
  account: Account,
  passages: readonly QuotablePassage[],
): { account?: Account; leftOut: LeftOutValue[] } {
  const leftOut: LeftOutValue[] = [];
  const keep = <T>(field: LeftOutValue['field'], values: readonly T[], words: (value: T) => string) =>
    values.filter(
      (value) =>
        found(words(value), passages) || (leftOut.push({ field, value: words(value), reason: REFUSED }), false),
    );
  const date =
    account.date && !found(account.date.asWritten, passages)
      ? (leftOut.push({ field: 'date', value: account.date.asWritten, reason: REFUSED }), undefined)
      : account.date;
  const setting =
    account.setting && !found(account.setting, passages)
      ? (leftOut.push({ field: 'setting', value: account.setting, reason: REFUSED }), undefined)
      : account.setting;
  const kept: Account = {
    ...account,
    date,
    setting,
    actors: keep('actors', account.actors, (actor) => actor),
    wording: keep('wording', account.wording, (words) => words),
    numbers: keep('numbers', account.numbers, (number) => number.asWritten),
  };
  if (!kept.date) delete kept.date;
  if (!kept.setting) delete kept.setting;
  const empty =
    !kept.date && !kept.setting && kept.actors.length === 0 && kept.wording.length === 0 && kept.numbers.length === 0;
  return { ...(empty ? {} : { account: kept }), leftOut };
}

/** Whether every quotation in a text is words of the passages. */
export function quotesHold(text: string, passages: readonly QuotablePassage[]): boolean {
  return extractQuotations(text).every((quote) => found(quote.text, passages));
}
