import { checkQuotation } from '../briefing/views/quotes';
import type { LoadedContent } from '../loader/load-content';
import type { Account } from '../schemas/fact';
import { formatParagraphRef } from '../model/paragraph-ref';

/** The passages of a source, to check that edited values are still its words. */
export function sourcePassages(content: LoadedContent, source: string) {
  return (
    content.articles
      .find((a) => a.id === source)
      ?.blocks.map((b) => ({ ref: formatParagraphRef(source, b.id), text: b.text })) ?? []
  );
}

/** How list values (actors, words) are written in one line, and split again. */
export const LIST = ' | ';
export const splitList = (value: string) =>
  value
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** An edited account: each value must still be the source's words (the build checks them the same way). */
export function editedAccount(
  account: Account,
  fields: Partial<Record<string, string>>,
  content: LoadedContent,
): Account {
  const passages = sourcePassages(content, account.source);
  const verbatim = (field: string, value: string) => {
    if (!checkQuotation(value, passages).found)
      throw new Error(`${field} “${value}” is not in ${account.source} word for word: quote the source`);
    return value;
  };
  const next: Account = { ...account };
  if (fields.date !== undefined || fields.value !== undefined) {
    const asWritten = fields.date ?? account.date?.asWritten ?? '';
    const value = fields.value ?? account.date?.value ?? '';
    if (asWritten === '') delete next.date;
    else next.date = { ...account.date, asWritten: verbatim('date', asWritten), value };
  }
  if (fields.setting !== undefined) {
    if (fields.setting === '') delete next.setting;
    else next.setting = verbatim('setting', fields.setting);
  }
  if (fields.actors !== undefined) next.actors = splitList(fields.actors).map((actor) => verbatim('actor', actor));
  if (fields.words !== undefined) next.wording = splitList(fields.words).map((word) => verbatim('word', word));
  return next;
}
