/**
 * `npm run new-fact -- --title T --kind K [--date YYYY-MM-DD] [--id ID] [--summary S]`: starts a fact
 * as a draft in content/drafts/<id>.yaml, its recognition rules proposed from the title and the
 * accounts of every source those rules match drafted from the text (src/drafting/scaffold-fact.ts).
 * Nothing is published until `npm run review` accepts it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/model/problems';
import { factIdFrom } from '../src/drafting/draft-fact';
import { scaffoldFact, type NewFact } from '../src/drafting/scaffold-fact';
import { isId, slugForId } from '../src/model/ids';
import { draftFactText } from '../src/import/write/draft-files';
import { loadForEditing } from '../src/loader/load-for-editing';
import { accountLines } from '../src/review/format-item';

const KINDS = ['event', 'statement', 'measure', 'context', 'characterisation'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

const USAGE = `Usage: npm run new-fact -- --title T --kind K [options]

Starts a fact as a draft in content/drafts/<id>.yaml: recognition rules proposed from the title, and
the account of every source they match drafted from its text (marked drafted). Widen the rules in the
file, write the summary, then publish it with npm run review.

Options:
  --title T            short title, e.g. "Beijing bans seafood imports from Japan"
  --kind K             ${KINDS.join(', ')}
  --date D             when it happened: YYYY-MM-DD, YYYY-MM or YYYY
  --end D              last day, for a fact that lasted
  --id ID              the fact's id (default: from the title)
  --summary S          one neutral paragraph from the sources (can be written later)
  -h, --help           show this help
`;

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the command; returns the exit code (1 when nothing was written). */
export async function main(argv: string[], io: Output = process, root = process.cwd()): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`new-fact: ${message}\n`);
    return 1;
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        title: { type: 'string' },
        kind: { type: 'string' },
        date: { type: 'string' },
        end: { type: 'string' },
        id: { type: 'string' },
        summary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message} → see npm run new-fact -- --help`);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const title = values.title?.trim() ?? '';
  if (title.length < 3)
    return fail(
      '--title is needed (at least three characters), e.g. --title "Beijing bans seafood imports from Japan"',
    );
  const kind = KINDS.find((k) => k === values.kind);
  if (!kind)
    return fail(
      `--kind ${values.kind === undefined ? 'is needed' : `"${values.kind}" is not a kind`}: one of ${KINDS.join(', ')}`,
    );
  for (const [flag, value] of [
    ['--date', values.date],
    ['--end', values.end],
  ] as const) {
    if (value !== undefined && !DATE.test(value)) return fail(`${flag} "${value}": write YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  if (values.end !== undefined && values.date === undefined) return fail('--end needs --date (the first day)');
  if (values.summary !== undefined && values.summary.trim().length < 20)
    return fail('--summary: at least twenty characters, or leave it out and write it later');
  const id = values.id ?? factIdFrom(slugForId(title));
  if (!isId(id))
    return fail(
      values.id === undefined
        ? 'no id can be made from the title (no Latin letters or digits): give one with --id'
        : `--id "${id}": use lower-case letters, digits and single hyphens`,
    );
  for (const folder of ['facts', 'drafts']) {
    if (existsSync(join(root, 'content', folder, `${id}.yaml`)))
      return fail(`content/${folder}/${id}.yaml already exists; choose another id with --id`);
  }

  const content = await loadForEditing(root);
  if (content.problems.length > 0)
    return fail(
      `the content has problems; correct them first (npm run check lists them).\n${formatProblems(content.problems)}`,
    );

  const request: NewFact = {
    id,
    title,
    kind,
    ...(values.date ? { date: { start: values.date, ...(values.end ? { end: values.end } : {}) } } : {}),
    ...(values.summary ? { summary: values.summary.trim() } : {}),
  };
  const { data, passages } = scaffoldFact(request, content.articles);
  const file = join(root, 'content', 'drafts', `${id}.yaml`);
  mkdirSync(join(root, 'content', 'drafts'), { recursive: true });
  writeFileSync(file, draftFactText(data, 'Started with npm run new-fact.'), { flag: 'wx' });

  const rules = data.recognise;
  const lines = [
    `Draft fact written: content/drafts/${id}.yaml (not published until accepted)`,
    `  rules proposed from the title: ${rules.match.join(' · ') || 'none (the title gave no words to match: write them in the file)'}`,
    ...Object.entries(rules.words).map(([name, words]) => `    ${name}: ${words.join(', ')}`),
    '',
    `Passages the rules match (${passages.length}):`,
    ...(passages.length > 0 ? passages.map((p) => `  ${p.ref}`) : ['  none']),
    '',
    `Accounts drafted from the text, not yet reviewed (${data.accounts.length}):`,
    ...(data.accounts.length > 0
      ? data.accounts.flatMap((account) => [
          `  from ${account.source}`,
          ...accountLines(account).map((line) => `  ${line}`),
        ])
      : ['  none']),
    '',
    'Next steps:',
    `  1. Widen the rules in content/drafts/${id}.yaml to other wordings (docs/recognition.md)${request.summary ? '' : ' and write its summary'}.`,
    `  2. npm run review -- --accept fact:${id} publishes it; its drafted accounts are then reviewed one by one.`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
