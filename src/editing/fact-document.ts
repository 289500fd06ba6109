import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { accountDateFields, type Account } from '../schemas/fact';

/**
 * Editing a fact file without disturbing it. Each change is located with the `yaml` Document API
 * (the nodes' source ranges) and only the lines it concerns are rewritten: every other byte of the
 * file — an editor's comments, folding, quoting and spacing — is kept exactly as it was.
 */

/** The comment a drafted account carries in the file, above its entry. */
export const DRAFTED_COMMENT =
  '# Drafted from the text, not yet reviewed: npm run review accepts, edits or rejects it.';

/** How drafted values are written: the seeds' style (flow lists, quoted dates, long lines kept whole). */
const WRITE = { flowCollectionPadding: false, lineWidth: 0 } as const;

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** The entry of `accounts` given by `source`, with its place in the text. */
function accountEntry(
  text: string,
  source: string,
): { seq: YAMLSeq; item: YAMLMap; start: number; end: number } | undefined {
  const doc = parseDocument(text);
  const seq = doc.get('accounts', true);
  if (!isSeq(seq) || seq.flow) return undefined;
  for (const item of seq.items) {
    if (isMap(item) && item.get('source') === source && item.range) {
      let start = lineStart(text, item.range[0]);
      // The drafted comment above the entry belongs to it.
      const previous = lineStart(text, start - 1);
      if (start > 0 && text.slice(previous, start).trim() === DRAFTED_COMMENT) start = previous;
      return { seq, item, start, end: item.range[2] };
    }
  }
  return undefined;
}

/** The text of one account as an entry of the `accounts` list, at the given indentation. */
export function accountText(account: Account, indent: string, drafted: boolean): string {
  const entry = new Document(accountFields(account));
  flowLists(entry.contents as Node);
  const body = entry
    .toString(WRITE)
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  return `${drafted ? `${indent}${DRAFTED_COMMENT}\n` : ''}${body}\n`;
}

/** An account as written in a fact file: only the fields it gives, in the seeds' order; reviewed accounts carry no `review`. */
function accountFields(account: Account): Record<string, unknown> {
  return {
    source: account.source,
    ...(account.date ? { date: accountDateFields(account.date) } : {}),
    ...(account.setting ? { setting: account.setting } : {}),
    ...(account.actors.length > 0 ? { actors: account.actors } : {}),
    ...(account.numbers.length > 0 ? { numbers: account.numbers } : {}),
    ...(account.wording.length > 0 ? { wording: account.wording } : {}),
    ...(account.paragraphs.length > 0 ? { paragraphs: account.paragraphs } : {}),
    ...(account.review === 'drafted' ? { review: 'drafted' } : {}),
  };
}

/** Lists of words and dates written on one line, as the seeds write them; dates quoted so no reader takes them for timestamps. */
export function flowLists(node: Node | null): void {
  if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) flowLists(item as Node);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (
        isScalar(pair.value) &&
        typeof pair.value.value === 'string' &&
        /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(pair.value.value)
      )
        pair.value.type = 'QUOTE_SINGLE';
      flowLists(pair.value as Node);
    }
  }
}

/** Adds an account at the end of `accounts` (creating the list when the file has none). */
export function appendAccount(text: string, account: Account): string {
  const doc = parseDocument(text);
  const seq = doc.get('accounts', true);
  if (isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.range) {
    const first = (seq.items[0] as Node).range?.[0] ?? 0;
    const indent = ' '.repeat(Math.max(0, first - lineStart(text, first) - 2));
    const at = seq.range[2];
    const before = text.slice(0, at);
    return `${before}${before.endsWith('\n') ? '' : '\n'}${accountListEntry(account, indent)}${text.slice(at)}`;
  }
  const cleaned = isSeq(seq) && seq.items.length === 0 && seq.range ? removeTopLevel(text, 'accounts') : text;
  return `${cleaned}${cleaned.endsWith('\n') ? '' : '\n'}accounts:\n${accountListEntry(account, '  ')}`;
}

/** An account as an entry of an `accounts` list whose dashes stand at `indent`, commented when drafted. */
export function accountListEntry(account: Account, indent: string): string {
  return listEntry(accountText(account, indent, account.review === 'drafted'), indent);
}

/** Makes `  source: …` lines of a mapping into a list entry `  - source: …` (the rest indented under it). */
function listEntry(mapping: string, indent: string): string {
  let first = true;
  return mapping
    .split('\n')
    .map((line) => {
      if (line === '' || line.trim().startsWith('#')) return line;
      if (first) {
        first = false;
        return `${indent}- ${line.slice(indent.length)}`;
      }
      return `  ${line}`;
    })
    .join('\n');
}

/** Marks the account of `source` reviewed: its `review: drafted` line and the drafted comment go; nothing else changes. */
export function markReviewed(text: string, source: string): string {
  const entry = accountEntry(text, source);
  if (!entry) throw new Error(`no account from "${source}" in this fact file`);
  const pair = entry.item.items.find((p) => isScalar(p.key) && p.key.value === 'review');
  let result = text;
  const valueEnd = (pair?.value as Node | undefined)?.range?.[2];
  const keyStart = (pair?.key as Node | undefined)?.range?.[0];
  if (pair && keyStart !== undefined && valueEnd !== undefined) {
    const from = lineStart(text, keyStart);
    const line = text.slice(from, valueEnd);
    // `review:` on the entry's first line ("- review: drafted") keeps the dash for the next field.
    result = line.trimStart().startsWith('- ')
      ? text
      : `${text.slice(0, from)}${text.slice(valueEnd).replace(/^\n/u, '')}`;
  }
  const commentAt = result.indexOf(`${DRAFTED_COMMENT}\n`, entry.start);
  if (commentAt !== -1 && commentAt < entry.end)
    result = `${result.slice(0, lineStart(result, commentAt))}${result.slice(commentAt + DRAFTED_COMMENT.length + 1)}`;
  return result;
}

/** Replaces the account of `source` by `account` (written reviewed unless it says drafted), keeping its place in the list. */
export function replaceAccount(text: string, source: string, account: Account): string {
  const entry = accountEntry(text, source);
  if (!entry) return appendAccount(text, account);
  const first = entry.item.range?.[0] ?? entry.start;
  const indent = ' '.repeat(Math.max(0, first - lineStart(text, first) - 2));
  return `${text.slice(0, entry.start)}${accountListEntry(account, indent)}${text.slice(entry.end)}`;
}

/** Removes the account of `source`, with its drafted comment. */
export function removeAccount(text: string, source: string): string {
  const entry = accountEntry(text, source);
  if (!entry) return text;
  return `${text.slice(0, entry.start)}${text.slice(entry.end)}`;
}

/** Adds a value to a top-level list of ids (`noAccountFrom`, `linksKept`, `unlinked`, `summaryFrom`), creating it when absent. */
export function addToList(text: string, field: string, value: string): string {
  const doc = parseDocument(text);
  const seq = doc.get(field, true);
  if (isSeq(seq) && seq.range) {
    const values = seq.items.map((item) => (isScalar(item) ? String(item.value) : '')).filter((v) => v !== '');
    if (values.includes(value)) return text;
    const list = new Document([...values, value]);
    (list.contents as YAMLSeq).flow = true;
    return `${text.slice(0, seq.range[0])}${list.toString(WRITE).trimEnd()}${text.slice(seq.range[1])}`;
  }
  const line = new Document({ [field]: [value] });
  flowLists(line.contents as Node);
  return `${text}${text.endsWith('\n') ? '' : '\n'}${line.toString(WRITE)}`;
}

/** Removes a top-level field and its value. */
function removeTopLevel(text: string, field: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  const start = (pair?.key as Node | undefined)?.range?.[0];
  const end = (pair?.value as Node | undefined)?.range?.[2];
  return start === undefined || end === undefined
    ? text
    : `${text.slice(0, lineStart(text, start))}${text.slice(end).replace(/^\n/u, '')}`;
}

/** Sets a scalar (`title`, `date.start` …) to a new value, rewriting only that value; creates a missing top-level field. */
export function setScalar(text: string, path: readonly string[], value: string): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  const written = new Document(value).toString(WRITE).trimEnd();
  const quoted = /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(value) ? `'${value}'` : written;
  if (isScalar(node) && node.range) return `${text.slice(0, node.range[0])}${quoted}${text.slice(node.range[1])}`;
  if (path.length === 1) return `${text}${text.endsWith('\n') ? '' : '\n'}${path[0]}: ${quoted}\n`;
  throw new Error(`there is no ${path.join('.')} to change in this file`);
}

/**
 * Removes the values `drop` selects from a top-level list (`summaryFrom`, `linksKept`, `citedBy` …): a
 * flow list is rewritten on its line, a block list loses only the lines of those entries, and a list
 * left empty goes with its key. Any other field and comment is untouched.
 */
export function removeFromList(text: string, field: string, drop: (value: string) => boolean): string {
  const doc = parseDocument(text);
  const seq = doc.get(field, true);
  if (!isSeq(seq) || !seq.range) return text;
  const values = seq.items.map((item) => (isScalar(item) ? String(item.value) : ''));
  const kept = values.filter((value) => !drop(value));
  if (kept.length === values.length) return text;
  if (kept.length === 0) return removeTopLevel(text, field);
  if (seq.flow) {
    const list = new Document(kept);
    (list.contents as YAMLSeq).flow = true;
    return `${text.slice(0, seq.range[0])}${list.toString(WRITE).trimEnd()}${text.slice(seq.range[1])}`;
  }
  let result = text;
  // From the last entry up, so the earlier ranges stay right.
  for (const item of [...seq.items].reverse()) {
    if (!isScalar(item) || !item.range || !drop(String(item.value))) continue;
    const from = lineStart(result, item.range[0]);
    const lineEnd = result.indexOf('\n', item.range[1]);
    result = `${result.slice(0, from)}${lineEnd === -1 ? '' : result.slice(lineEnd + 1)}`;
  }
  return result;
}
