import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { closestName } from '../model/closest-name';
import { readFrontmatterFile } from '../loader/frontmatter';
import { removeAccount, removeFromList } from './fact-document';

/**
 * Taking a source out of the briefing, everywhere it is named, so the build passes afterwards: its
 * article, its original and its framing go; every fact file and draft loses its account and the
 * passages of it listed as doubtful links kept or removed (`linksKept`, `unlinked`), and every list
 * naming it (`summaryFrom`, `noAccountFrom`, a cited source's `citedBy`, a correction's `articles`)
 * loses it. Files are edited with the fact-document functions, so an editor's other edits and comments
 * stay. A draft fact drafted from this source alone goes with it. The removal is recorded in the
 * changes log (`content/corrections/`), since readers may have seen the source.
 *
 * What only an editor can rewrite — the analysis citing the source — stops the removal before
 * anything is written.
 */

/** One file the removal writes (`text`) or deletes (`text: null`), relative to the project root. */
export interface FileChange {
  file: string;
  text: string | null;
}

/** What removing a source will change, or why it cannot. */
export type RemovalPlan =
  | { refused: false; id: string; changes: FileChange[]; facts: string[]; drafts: string[]; record: string }
  | { refused: true; problem: string; fix: string };

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];

/** Plans the removal of article `id` from the content under `root`; reads files, writes nothing. */
export function planRemoval(root: string, id: string, options: { date: string; reason?: string }): RemovalPlan {
  const content = join(root, 'content');
  const articleFile = `content/articles/${id}.md`;
  if (!existsSync(join(root, articleFile))) {
    const known = readdirSync(join(content, 'articles'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => basename(name, '.md'));
    const near = closestName(id, known);
    return {
      refused: true,
      problem: `there is no source "${id}" (no ${articleFile})`,
      fix: near ? `did you mean ${near}?` : `give the id of a file in content/articles/: ${known.sort().join(', ')}`,
    };
  }
  const cited = analysisCitations(content, id);
  if (cited.length > 0) {
    return {
      refused: true,
      problem: `the analysis cites ${id}: ${cited.join(', ')}`,
      fix: 'rewrite or remove those statements and their citations first (the analysis is the briefing’s own writing; only an editor can say what it rests on without this source), then remove the source again',
    };
  }

  const { data } = readFrontmatterFile(readFileSync(join(root, articleFile), 'utf8'), articleFile);
  const changes: FileChange[] = [{ file: articleFile, text: null }];
  if (
    typeof data.original === 'string' &&
    !data.original.includes('/') &&
    existsSync(join(content, 'originals', data.original))
  )
    changes.push({ file: `content/originals/${data.original}`, text: null });
  if (existsSync(join(content, 'framing', `${id}.yaml`)))
    changes.push({ file: `content/framing/${id}.yaml`, text: null });

  const isSource = (value: string) => value === id;
  const inSource = (value: string) => value.startsWith(`${id}#`);
  const edit = (file: string, change: (text: string) => string) => {
    const before = readFileSync(join(root, file), 'utf8');
    const after = change(before);
    return after === before ? undefined : after;
  };
  const withoutSource = (text: string) =>
    [
      (t: string) => removeAccount(t, id),
      (t: string) => removeFromList(t, 'summaryFrom', isSource),
      (t: string) => removeFromList(t, 'noAccountFrom', isSource),
      (t: string) => removeFromList(t, 'linksKept', inSource),
      (t: string) => removeFromList(t, 'unlinked', inSource),
    ].reduce((current, step) => step(current), text);

  const facts: string[] = [];
  for (const name of yamlFiles(join(content, 'facts'))) {
    const file = `content/facts/${name}`;
    const text = edit(file, withoutSource);
    if (text === undefined) continue;
    changes.push({ file, text });
    facts.push(basename(name, '.yaml'));
  }
  const drafts: string[] = [];
  for (const name of yamlFiles(join(content, 'drafts'))) {
    const file = `content/drafts/${name}`;
    const before = readFileSync(join(root, file), 'utf8');
    if (draftedFromSourceAlone(before, id)) {
      changes.push({ file, text: null });
      drafts.push(basename(name, '.yaml'));
      continue;
    }
    const text = edit(file, withoutSource);
    if (text !== undefined) changes.push({ file, text });
  }
  for (const name of yamlFiles(join(content, 'cited-sources'))) {
    const file = `content/cited-sources/${name}`;
    const text = edit(file, (t) => removeFromList(removeFromList(t, 'citedBy', isSource), 'appearsIn', inSource));
    if (text === undefined) continue;
    // Cited by this source alone: nothing in the briefing cites it any more.
    changes.push({ file, text: listValues(text, 'citedBy').length === 0 ? null : text });
  }
  for (const name of yamlFiles(join(content, 'corrections'))) {
    const file = `content/corrections/${name}`;
    const text = edit(file, (t) => removeFromList(t, 'articles', isSource));
    if (text !== undefined) changes.push({ file, text });
  }

  const record = freeName(join(content, 'corrections'), `removed-${id}`);
  const label = sourceLabel(data, id);
  changes.push({ file: `content/corrections/${record}.yaml`, text: removalRecord(label, facts, options) });
  return { refused: false, id, changes, facts, drafts, record };
}

/** Carries out a plan: writes and deletes its files. */
export function applyRemoval(root: string, plan: Extract<RemovalPlan, { refused: false }>): void {
  for (const change of plan.changes) {
    const path = join(root, change.file);
    if (change.text === null) unlinkSync(path);
    else writeFileSync(path, change.text);
  }
}

/** The analysis files and lines that cite a paragraph of `id` (`id#p-…`). */
function analysisCitations(content: string, id: string): string[] {
  const dir = join(content, 'analysis');
  const cites = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}#`, 'u');
  return (existsSync(dir) ? readdirSync(dir).sort() : []).flatMap((name) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .flatMap((line, i) => (cites.test(line) ? [`content/analysis/${name} line ${i + 1}`] : [])),
  );
}

/** Whether a draft fact has accounts, and every one of them, and every source its summary is from, is `id`. */
function draftedFromSourceAlone(text: string, id: string): boolean {
  const doc = parseDocument(text);
  const accounts = doc.get('accounts', true);
  const sources = isSeq(accounts)
    ? accounts.items.map((item) => String((item as { get?: (key: string) => unknown }).get?.('source') ?? ''))
    : [];
  const from = [...sources, ...listValues(text, 'summaryFrom')];
  return from.length > 0 && from.every((source) => source === id);
}

function listValues(text: string, field: string): string[] {
  const value: unknown = parseDocument(text).toJS()?.[field];
  return Array.isArray(value) ? value.map(String) : [];
}

/** How the changes log names a source no longer in the briefing: its publisher and id, as stated. */
function sourceLabel(data: Record<string, unknown>, id: string): string {
  const publisher = data.publisher as { status?: string; value?: unknown } | undefined;
  return publisher?.status === 'stated' && typeof publisher.value === 'string' ? `${id} (${publisher.value})` : id;
}

/** The correction file recording the removal (kind change), in the seeds' style. */
function removalRecord(label: string, facts: readonly string[], options: { date: string; reason?: string }): string {
  const summary = [
    `The source ${label} was removed from the briefing${facts.length > 0 ? ', with its accounts of the facts listed here' : ''}.`,
    options.reason?.trim(),
  ]
    .filter(Boolean)
    .join(' ');
  const doc = new Document({
    date: options.date,
    kind: 'change',
    summary,
    ...(facts.length > 0 ? { facts: [...facts] } : {}),
  });
  return `# Written by npm run remove-source: published in the changes log (About page) and the feed.\n${doc.toString({ lineWidth: 0 }).replace(/^date: (.*)$/mu, "date: '$1'")}`;
}

/** `name`, or `name-2`, `name-3` … when a correction of that name exists. */
function freeName(dir: string, name: string): string {
  let candidate = name;
  for (let n = 2; existsSync(join(dir, `${candidate}.yaml`)); n++) candidate = `${name}-${n}`;
  return candidate;
}
