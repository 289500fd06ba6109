/**
 * `npm run remove-source -- <id> [--reason "…"]`: takes a source out of the briefing everywhere it is
 * named (src/editing/remove-source.ts): its article, original and framing; its accounts, doubtful-link
 * decisions and mentions in every fact, draft, cited source and correction; records the removal in the
 * changes log. Then it runs the content check, so the editor learns at once whether the build passes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dayOfDate, isRealDay } from '../src/model/dates';
import { formatProblems } from '../src/model/problems';
import { applyRemoval, planRemoval } from '../src/editing/remove-source';
import { checkContent } from '../src/loader/check-content';

const USAGE = `Usage: npm run remove-source -- <id> [--reason "…"]

Removes the source content/articles/<id>.md from the briefing: the article, its original, its framing,
its accounts in every fact file and draft, the doubtful links of it an editor kept or removed, and its
name in cited sources and corrections. Your other edits and comments stay. A draft fact drafted from
this source alone is deleted with it. The removal is recorded in content/corrections/ (published in
the changes log); --reason adds a sentence saying why.

Options:
  --reason TEXT   why the source was removed, for the changes log
  --date YYYY-MM-DD  the day of the removal (default: today)
  -h, --help      show this help
`;

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the command; returns the exit code (1: nothing removed, or the content check found problems after). */
export async function main(argv: string[], io: Output = process, root = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { reason: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`remove-source: ${(error as Error).message} → see npm run remove-source -- --help\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(
      `remove-source: ${positionals.length === 0 ? 'no id given' : 'one source at a time'} → npm run remove-source -- <id>; see --help\n`,
    );
    return 1;
  }
  const date = values.date ?? dayOfDate(new Date()) ?? '';
  if (!isRealDay(date)) {
    io.stderr.write(`remove-source: --date ${date} is no day of the calendar → write the day as YYYY-MM-DD\n`);
    return 1;
  }
  const plan = planRemoval(root, positionals[0] ?? '', { date, reason: values.reason });
  if (plan.refused) {
    io.stderr.write(`remove-source: ${plan.problem} → ${plan.fix}. Nothing was changed.\n`);
    return 1;
  }
  const done = plan.changes.map(
    (change) =>
      `  ${change.text === null ? 'deleted' : existsSync(join(root, change.file)) ? 'edited ' : 'wrote  '} ${change.file}`,
  );
  applyRemoval(root, plan);
  io.stdout.write(`Removed ${plan.id}:\n${done.join('\n')}\n`);
  io.stdout.write(
    `The removal is recorded in the changes log (content/corrections/${plan.record}.yaml): edit its summary to say why, or delete that file if the source was never published.\n`,
  );
  const report = await checkContent(root);
  if (report.problems.length > 0) {
    io.stderr.write(
      `\nThe content check now finds problems the removal could not settle (they need an editor):\n${formatProblems(report.problems)}`,
    );
    return 1;
  }
  io.stdout.write('✓ the content check passes: npm run build publishes the briefing without it.\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
