/**
 * `npm run review`: what awaits an editor — drafted accounts, draft facts, doubtful links — one item
 * at a time, to accept, edit, reject or skip at the terminal (answers may be piped, one a line). Flags
 * do the same without prompts:
 *
 *   npm run review -- --list
 *   npm run review -- --accept account:tv-remarks:takaichi-stands-by-alliance-warning
 *   npm run review -- --reject fact:beijing-banned-exports-of-dual-use-goods
 *   npm run review -- --edit account:tv-remarks:takaichi-stands-by-alliance-warning --set setting="televised interview"
 *
 * Every change is made in the content files (see src/review/apply-decision.ts), reading each file just
 * before changing it, so an editor's own edits are never lost. Run npm run build afterwards.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkQuotation } from '../src/briefing/views/quotes';
import { formatProblems } from '../src/model/problems';
import type { LoadedContent } from '../src/loader/load-content';
import { loadForEditing } from '../src/loader/load-for-editing';
import { applyDecision, type Decision } from '../src/review/apply-decision';
import { editedAccount, LIST, sourcePassages, splitList } from '../src/review/edited-account';
import { formatItem } from '../src/review/format-item';
import { acceptRefusal, reviewScreen, type BrokenDraft, type ReviewWithProblems } from '../src/review/item-problems';
import type { ReviewItem } from '../src/review/review-items';
import { terminalPrompts, type Prompts } from '../src/review/terminal-prompts';

const USAGE = `Usage: npm run review [-- options]

Lists what awaits an editor — accounts drafted from the text, draft facts, doubtful links — and lets
you accept, edit or reject each. Without options it asks about each item in turn (answers can be
piped, one a line: a = accept, e = edit, r = reject, s = skip, q = quit).

Options:
  --list               list the items and their ids, change nothing
  --accept ID          accept an item (repeatable)
  --reject ID          reject an item (repeatable)
  --edit ID            edit an item with --set (one item)
  --set FIELD=VALUE    with --edit: for an account date, value, setting, actors, words (lists
                       separated by " | "); for a draft fact title, kind, date, summary
  -h, --help           show this help
`;

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the command; returns the exit code (1 when an id is unknown or a decision is refused; problems of the content are listed, never a reason to stop). */
export async function main(
  argv: string[],
  io: Output = process,
  prompts?: Prompts,
  root = process.cwd(),
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        list: { type: 'boolean' },
        accept: { type: 'string', multiple: true },
        reject: { type: 'string', multiple: true },
        edit: { type: 'string' },
        set: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`review: ${(error as Error).message} → see npm run review -- --help\n`);
    return 1;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const content = await loadForEditing(root);
  // A briefing with problems is still reviewed: each item shows its own problems, and a broken draft
  // can be edited or rejected; only accepting an item with problems of its own is refused.
  const screen = reviewScreen(content);
  const entries = screen.items;
  const items = entries.map((entry) => entry.item);
  const find = (id: string) => items.find((item) => item.id === id);
  if (screen.others.length > 0)
    io.stderr.write(
      `${formatProblems(screen.others)}\nreview: the build refuses the content until these are corrected in the files (npm run check lists every problem); the items below can still be reviewed.\n\n`,
    );

  if (values.list) {
    io.stdout.write(listing(entries));
    return 0;
  }
  const accept = values.accept ?? [];
  const reject = values.reject ?? [];
  if (accept.length > 0 || reject.length > 0 || values.edit) {
    const unknown = [...accept, ...reject, ...(values.edit ? [values.edit] : [])].filter((id) => !find(id));
    if (unknown.length > 0) {
      io.stderr.write(`review: no such item: ${unknown.join(', ')} → npm run review -- --list shows the ids\n`);
      return 1;
    }
    const refusals = accept.flatMap((id) => {
      const refusal = acceptRefusal(entries.find((entry) => entry.item.id === id) as (typeof entries)[number]);
      return refusal ? [refusal] : [];
    });
    if (refusals.length > 0) {
      io.stderr.write(`${refusals.map((refusal) => `review: ${refusal}`).join('\n')}\nreview: nothing was changed.\n`);
      return 1;
    }
    try {
      for (const id of accept)
        io.stdout.write(`✓ ${applyDecision(root, find(id) as ReviewItem, { action: 'accept' })}\n`);
      for (const id of reject)
        io.stdout.write(`✓ ${applyDecision(root, find(id) as ReviewItem | BrokenDraft, { action: 'reject' })}\n`);
      if (values.edit)
        io.stdout.write(
          `✓ ${applyDecision(root, find(values.edit) as ReviewItem, editFromFlags(find(values.edit) as ReviewItem | BrokenDraft, values.set ?? [], content))}\n`,
        );
    } catch (error) {
      io.stderr.write(`review: ${(error as Error).message}\n`);
      return 1;
    }
    io.stdout.write('Run npm run build to publish the changes.\n');
    return 0;
  }
  try {
    return await interactive(entries, content, io, prompts ?? terminalPrompts(), root);
  } catch (error) {
    // Decisions already made are written; the one being answered is not.
    io.stderr.write(
      `review: ${(error as Error).message}\nreview: stopped; the decisions before this one are saved. Run npm run review again to go on.\n`,
    );
    return 1;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Entry = ReviewWithProblems['items'][number];

function listing(entries: readonly Entry[]): string {
  if (entries.length === 0)
    return 'Nothing awaits review: every account is reviewed, no draft fact waits, no link is doubtful.\n';
  const items = entries.map((entry) => entry.item);
  const counts = [['draft-fact', 'broken-draft'], ['account'], ['link']].map(
    (kinds) => items.filter((item) => kinds.includes(item.kind)).length,
  );
  const withProblems = entries.filter(
    (entry) => entry.problems.length > 0 || entry.item.kind === 'broken-draft',
  ).length;
  const lines = [
    `${plural(items.length, 'item')} await${items.length === 1 ? 's' : ''} review: ${plural(counts[0] ?? 0, 'draft fact')} · ${plural(counts[1] ?? 0, 'drafted account')} · ${plural(counts[2] ?? 0, 'doubtful link')}${withProblems > 0 ? ` (${withProblems} with problems, shown with them)` : ''}`,
    '',
  ];
  entries.forEach((entry, i) => lines.push(formatItem(entry.item, `[${i + 1}/${entries.length}]`, entry.problems), ''));
  return `${lines.join('\n')}`;
}

/** The review screen: each item shown, then accept, edit, reject, skip or quit. */
async function interactive(
  entries: readonly Entry[],
  content: LoadedContent,
  io: Output,
  prompts: Prompts,
  root: string,
): Promise<number> {
  io.stdout.write(listing(entries).split('\n')[0] + '\n\n');
  const done: string[] = [];
  try {
    for (const [i, entry] of entries.entries()) {
      const { item } = entry;
      io.stdout.write(`${formatItem(item, `[${i + 1}/${entries.length}]`, entry.problems)}\n`);
      if (item.kind === 'broken-draft') {
        const action = await prompts.choose(
          'Reject (delete the file), or skip?',
          [
            { key: 'r', name: 'Reject', value: 'reject' as const },
            { key: 's', name: 'Skip for now', value: 'skip' as const },
            { key: 'q', name: 'Quit', value: 'quit' as const },
          ],
          'skip',
        );
        io.stdout.write('\n');
        if (action === 'quit') break;
        if (action === 'skip') continue;
        const said = applyDecision(root, item, { action });
        done.push(said);
        io.stdout.write(`✓ ${said}\n\n`);
        continue;
      }
      const refusal = acceptRefusal(entry);
      const action = await prompts.choose(
        item.kind === 'link' ? 'Keep the link, remove it, or skip?' : 'Accept, edit, reject or skip?',
        item.kind === 'link'
          ? [
              { key: 'a', name: 'Keep the link', value: 'accept' as const },
              { key: 'r', name: 'Remove the link', value: 'reject' as const },
              { key: 's', name: 'Skip for now', value: 'skip' as const },
              { key: 'q', name: 'Quit', value: 'quit' as const },
            ]
          : [
              { key: 'a', name: 'Accept', value: 'accept' as const },
              { key: 'e', name: 'Edit, then accept', value: 'edit' as const },
              { key: 'r', name: 'Reject', value: 'reject' as const },
              { key: 's', name: 'Skip for now', value: 'skip' as const },
              { key: 'q', name: 'Quit', value: 'quit' as const },
            ],
        'skip',
      );
      io.stdout.write('\n');
      if (action === 'quit') break;
      if (action === 'skip') continue;
      if (action === 'accept' && refusal) {
        io.stdout.write(`✗ ${refusal}\n\n`);
        continue;
      }
      const decision: Decision = action === 'edit' ? await editInteractively(item, content, prompts) : { action };
      const said = applyDecision(root, item, decision);
      done.push(said);
      io.stdout.write(`✓ ${said}\n\n`);
    }
  } finally {
    prompts.close();
  }
  io.stdout.write(
    done.length > 0
      ? `${done.length} change${done.length === 1 ? '' : 's'} made. Run npm run build to publish.\n`
      : 'Nothing changed.\n',
  );
  return 0;
}

function editFromFlags(item: ReviewItem | BrokenDraft, sets: readonly string[], content: LoadedContent): Decision {
  const fields: Record<string, string> = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    if (at < 1) throw new Error(`--set ${set}: write --set field=value`);
    fields[set.slice(0, at).trim()] = set.slice(at + 1);
  }
  if (item.kind === 'account') return { action: 'edit', account: editedAccount(item.account, fields, content) };
  if (item.kind === 'draft-fact') return { action: 'edit', fields };
  if (item.kind === 'broken-draft')
    throw new Error(
      `${item.id} cannot be read as a fact: correct content/drafts/${item.draftId}.yaml in an editor, or reject it`,
    );
  throw new Error('a link is kept (--accept) or removed (--reject), not edited');
}

async function editInteractively(item: ReviewItem, content: LoadedContent, prompts: Prompts): Promise<Decision> {
  if (item.kind === 'draft-fact') {
    const fields = {
      title: await prompts.text('Title', item.data.title, (v) =>
        v.trim().length >= 3 ? true : 'a title of at least three characters',
      ),
      kind: await prompts.text('Kind (event, statement, measure, context, characterisation)', item.data.kind, (v) =>
        ['event', 'statement', 'measure', 'context', 'characterisation'].includes(v) ? true : 'one of the five kinds',
      ),
      date: await prompts.text('Date (YYYY-MM-DD, YYYY-MM or YYYY)', item.data.date?.start ?? '', (v) =>
        /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(v) ? true : 'write YYYY-MM-DD, YYYY-MM or YYYY',
      ),
      summary: await prompts.text('Summary', item.data.summary, (v) =>
        v.trim().length >= 20 ? true : 'a summary of at least twenty characters',
      ),
    };
    return { action: 'edit', fields };
  }
  if (item.kind !== 'account') return { action: 'accept' };
  const passages = sourcePassages(content, item.account.source);
  const words = (v: string) =>
    splitList(v).every((part) => checkQuotation(part, passages).found) ||
    `every value must be ${item.account.source}’s words, verbatim`;
  const one = (v: string) =>
    v === '' || checkQuotation(v, passages).found || `must be ${item.account.source}’s words, verbatim`;
  const a = item.account;
  const fields = {
    date: await prompts.text('Date as written (empty: none)', a.date?.asWritten ?? '', one),
    value: await prompts.text(
      'Date as resolved (YYYY-MM-DD, YYYY-MM or YYYY)',
      a.date?.value ?? '',
      (v) => v === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(v) || 'write YYYY-MM-DD, YYYY-MM or YYYY',
    ),
    setting: await prompts.text('Setting (empty: none)', a.setting ?? '', one),
    actors: await prompts.text(`Actors, separated by "${LIST.trim()}"`, a.actors.join(LIST), words),
    words: await prompts.text(`Characterising words, separated by "${LIST.trim()}"`, a.wording.join(LIST), words),
  };
  const account = editedAccount(a, fields, content);
  return { action: 'edit', account };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
