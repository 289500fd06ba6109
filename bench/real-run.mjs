#!/usr/bin/env node
/**
 * The real-articles run of issue #21: imports every article of a folder one after another into a
 * scratch copy of the project with `add-source` (each file's header gives the publisher, publication
 * date and URL, as an editor would read them; no hand edits), lists the review after each import,
 * then builds once. Prints what happened: each import, the build's result, the draft facts, and every
 * fact's compared numbers. The texts stay outside the repository (third parties' articles).
 *
 *   node bench/real-run.mjs /tmp/coverage-dev/texts [--keep]
 *
 * Each file holds `Title:`, `Publisher:`, `Publication date:`, `URL:` lines, then the text between
 * `----- STORED TEXT (verbatim) -----` and `[END OF STORED TEXT]` (the form of
 * ../shared/coverage-dev/README.md).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const [folder, ...rest] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: node bench/real-run.mjs <folder of articles> [--keep]\n');
  process.exit(1);
}
const keep = rest.includes('--keep');
const project = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'briefing-real-run-'));
for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'])
  cpSync(join(project, name), join(scratch, name), { recursive: true });
symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'));
const inputs = join(scratch, '.inputs');
cpSync(resolve(folder), inputs, { recursive: true });

// The project's own Node (the `node` devDependency), as `npm run` puts it first on the PATH: Astro needs 22 or later.
const nodeBin = join(project, 'node_modules', 'node', 'bin');
const env = {
  ...process.env,
  PATH: `${nodeBin}:${process.env.PATH ?? ''}`,
  BRIEFING_CACHE_DIR: join(scratch, '.astro-cache'),
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};
const tsx = join(project, 'node_modules', '.bin', 'tsx');
const run = (script, args) =>
  spawnSync(tsx, [`scripts/${script}.ts`, ...args], {
    cwd: scratch,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

/** The header fields and the stored text of one collected file. */
function readCollected(file) {
  const text = readFileSync(file, 'utf8');
  const header = (name) => new RegExp(`^${name}:\\s*(.+)$`, 'mu').exec(text)?.[1]?.trim();
  const start = text.indexOf('----- STORED TEXT (verbatim) -----');
  const end = text.lastIndexOf('[END OF STORED TEXT]');
  const body =
    start === -1 ? text : text.slice(start + '----- STORED TEXT (verbatim) -----'.length, end === -1 ? undefined : end);
  return {
    publisher: header('Publisher'),
    published: header('Publication date')?.slice(0, 10),
    url: header('URL'),
    body: body.trim() + '\n',
  };
}

const lines = [];
const say = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
let imported = 0;
let reviewFailures = 0;
const files = readdirSync(inputs)
  .filter((name) => name.endsWith('.txt'))
  .sort();
say(`# Real run: ${files.length} articles from ${folder}`);
say();
for (const name of files) {
  const source = readCollected(join(inputs, name));
  const input = join(inputs, `${name}.body.txt`);
  writeFileSync(input, source.body);
  const flags = [
    ...(source.publisher ? ['--publisher', source.publisher] : []),
    ...(/^\d{4}-\d{2}-\d{2}$/u.test(source.published ?? '') ? ['--published', source.published] : []),
    ...(source.url ? ['--url', source.url] : []),
  ];
  const result = run('add-source', [input, ...flags]);
  const id = /^Added .*\/articles\/(.+)\.md/mu.exec(result.stdout)?.[1];
  const drafts = /^Draft facts, not published until accepted \((\d+)\)/mu.exec(result.stdout)?.[1] ?? '0';
  if (result.status === 0) imported++;
  const review = run('review', ['--list']);
  if (review.status !== 0) reviewFailures++;
  say(
    `- ${name}: ${result.status === 0 ? `imported as ${id}, ${drafts} draft fact line(s)` : `REFUSED: ${(result.stderr || result.stdout).trim().split('\n')[0]}`}; review --list exit ${review.status}`,
  );
}
say();
say(`Imports: ${imported} of ${files.length}; review --list failed ${reviewFailures} time(s).`);

const started = Date.now();
const build = spawnSync(tsx, ['scripts/build.ts'], {
  cwd: scratch,
  env,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
say(
  `Build: ${build.status === 0 ? 'passed' : `FAILED (exit ${build.status})`} in ${Math.round((Date.now() - started) / 1000)} s`,
);
if (build.status !== 0)
  say(
    (build.stdout + build.stderr)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 40)
      .join('\n'),
  );
const summary = (build.stdout + build.stderr)
  .split('\n')
  .filter((line) => /await|summary|accounts/iu.test(line))
  .slice(-3);
for (const line of summary) say(`  ${line.trim()}`);

say();
say('## Draft facts');
const draftsDir = join(scratch, 'content', 'drafts');
const draftFiles = existsSync(draftsDir) ? readdirSync(draftsDir).filter((name) => name.endsWith('.yaml')) : [];
for (const name of draftFiles) {
  const draft = parse(readFileSync(join(draftsDir, name), 'utf8'));
  const from = [...new Set([...(draft.summaryFrom ?? []), ...(draft.accounts ?? []).map((account) => account.source)])];
  say(
    `- ${name.replace(/\.yaml$/u, '')}: “${draft.title}” (${draft.date?.start ?? 'undated'}; ${from.length} source${from.length === 1 ? '' : 's'}: ${from.join(', ')})`,
  );
}
say(`${draftFiles.length} draft facts.`);

say();
say('## Compared numbers');
const comparison = join(scratch, 'dist', 'data', 'comparison.json');
if (existsSync(comparison)) {
  for (const fact of JSON.parse(readFileSync(comparison, 'utf8')).facts) {
    const numbers = fact.discrepancies.filter((d) => d.field === 'number');
    for (const d of numbers)
      say(
        `- ${fact.fact} — ${d.label}: ${d.values ? `${d.values.amounts.join(' or ')} ${d.values.unit}` : ''} (${d.versions.map((v) => `${v.source}: ${v.value}`).join('; ')})`,
      );
  }
}
say();
say('## The election fact’s numbers, account by account');
const election = join(scratch, 'content', 'facts', 'lower-house-election.yaml');
if (existsSync(election)) {
  for (const account of parse(readFileSync(election, 'utf8')).accounts ?? []) {
    if ((account.numbers ?? []).length > 0)
      say(
        `- ${account.source}: ${account.numbers.map((n) => `${n.label} = ${n.value} (“${n.asWritten}”)`).join('; ')}`,
      );
  }
}
if (keep) say(`\nThe copy is kept at ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
