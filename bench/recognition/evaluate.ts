/**
 * `npm run eval [-- --real <folder> [--gold <gold.json>]] [--errors]`: precision and recall of fact
 * recognition at the paragraph level, written to bench/recognition.md:
 * - whole articles written for the project (bench/recognition/labelled/), imported and loaded as an
 *   editor's would be (see whole/score-set.ts);
 * - a second, unrelated story with its own facts (bench/recognition/second-story/), the same way;
 * - given `--real`, a folder of real articles collected as the development set's README says, scored
 *   against its gold.json (`--gold`, default `<folder>/../gold.json`);
 * - the labelled passages (development and held-out splits, bench/recognition/*.yaml) and the seed
 *   articles (their real render through the site's pipeline).
 *
 * A passage counts a true positive for each fact both the rules and the label give it, a false
 * positive for each the rules give and the label does not, a false negative for each the label gives
 * and the rules miss. The held-out split is reported as totals only: it is not for reading while
 * writing rules.
 *
 * `--errors` also prints, on the terminal only, every wrong or missed paragraph of the whole-article
 * sets (the held-out one excepted) with its opening words and the reason of each wrong link — the real
 * set's too, which never enters bench/recognition.md.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { formatProblems } from '../../src/model/problems';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { describeReason } from '../../src/recognition/mention-reason';
import { recognise } from '../../src/recognition/recognise';
import { factSchema } from '../../src/schemas/fact';
import { readCollectedSet } from './whole/collected-folder';
import { readLabelledFolder } from './whole/labelled-folder';
import { errorList, headline, mainFacts, setReport, summaryTable } from './whole/report';
import { combineResults, scoreSet, type SetResult } from './whole/score-set';

interface Passage {
  id: string;
  style: string;
  published?: string;
  language?: string;
  text: string;
  facts: string[];
}

interface Outcome {
  id: string;
  gold: Set<string>;
  found: Set<string>;
  reasons: Map<string, string>;
  text: string;
}

const root = join(import.meta.dirname, '../..');
const here = import.meta.dirname;

const facts = readdirSync(join(root, 'content/facts'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    id: basename(name, '.yaml'),
    data: factSchema.parse(parse(readFileSync(join(root, 'content/facts', name), 'utf8'))),
  }));
const factIds = facts.map((fact) => fact.id);
const { recognisers, problems } = compileRecognisers(facts);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}

function loadPassages(file: string): Passage[] {
  const passages = parse(readFileSync(join(here, file), 'utf8')) as Passage[];
  for (const passage of passages) {
    for (const id of passage.facts)
      if (!factIds.includes(id)) throw new Error(`${file}: ${passage.id} names an unknown fact "${id}"`);
  }
  return passages;
}

function evaluatePassages(passages: readonly Passage[]): { outcomes: Outcome[]; millis: number } {
  const started = performance.now();
  const outcomes = passages.map((passage): Outcome => {
    const found = recognise(passage.text.trim(), recognisers, {
      ...(passage.published ? { published: String(passage.published) } : {}),
      language: passage.language ?? 'en',
    });
    const reasons = new Map<string, string>();
    for (const mention of found)
      if (!reasons.has(mention.factId)) reasons.set(mention.factId, describeReason(mention.reason));
    return {
      id: passage.id,
      gold: new Set(passage.facts),
      found: new Set(found.map((m) => m.factId)),
      reasons,
      text: passage.text.trim(),
    };
  });
  return { outcomes, millis: performance.now() - started };
}

/** Mentions on the seeds whose paragraph got no link for the fact (each mention should link back). */
const unlinked: string[] = [];

async function evaluateSeeds(): Promise<Outcome[]> {
  const gold = parse(readFileSync(join(here, 'seeds.yaml'), 'utf8')) as Record<string, Record<string, string[]>>;
  const outcomes: Outcome[] = [];
  for (const [articleId, paragraphs] of Object.entries(gold)) {
    const source = readFileSync(join(root, 'content/articles', `${articleId}.md`), 'utf8');
    const { frontmatter, content } = parseFrontmatter(source);
    const { blocks, html } = await analyseArticle(content, {
      recognisers,
      factHref: (id) => `/facts/${id}/`,
      frontmatter,
    });
    for (const block of blocks) {
      if (block.kind === 'heading') continue;
      const rendered = html.slice(html.indexOf(`id="${block.id}"`));
      const own = rendered.slice(0, rendered.search(/<\/(?:p|li)>/u));
      for (const fact of block.mentions)
        if (!own.includes(`data-fact="${fact}"`)) unlinked.push(`${articleId}#${block.id} → ${fact}`);
      const reasons = new Map(block.mentionReasons.map((reason) => [reason.fact, describeReason(reason)]));
      outcomes.push({
        id: `${articleId}#${block.id}`,
        gold: new Set(paragraphs[block.id] ?? []),
        found: new Set(block.mentions),
        reasons,
        text: block.text,
      });
    }
  }
  return outcomes;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function count(outcomes: readonly Outcome[]): {
  perFact: Map<string, Counts>;
  total: Counts;
  cleanNegatives: [number, number];
} {
  const perFact = new Map(factIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const total = { tp: 0, fp: 0, fn: 0 };
  let negatives = 0;
  let clean = 0;
  for (const outcome of outcomes) {
    if (outcome.gold.size === 0) {
      negatives++;
      if (outcome.found.size === 0) clean++;
    }
    for (const id of factIds) {
      const counts = perFact.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      const inGold = outcome.gold.has(id);
      const inFound = outcome.found.has(id);
      const outcomeKind = inGold && inFound ? 'tp' : inFound ? 'fp' : inGold ? 'fn' : undefined;
      if (outcomeKind) {
        counts[outcomeKind]++;
        total[outcomeKind]++;
      }
    }
  }
  return { perFact, total, cleanNegatives: [clean, negatives] };
}

const ratio = (num: number, den: number) => (den === 0 ? '—' : (num / den).toFixed(2));
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

function table(name: string, outcomes: readonly Outcome[]): string[] {
  const { perFact, total, cleanNegatives } = count(outcomes);
  const lines = [
    `### ${name}`,
    '',
    `${outcomes.length} paragraphs, ${total.tp + total.fn} labelled mentions; ${cleanNegatives[0]} of ${cleanNegatives[1]} paragraphs that must not link linked nothing.`,
    '',
    `**Overall: precision ${precision(total)}, recall ${recall(total)}** (${total.tp} right, ${total.fp} wrong, ${total.fn} missed)`,
    '',
    '| fact | precision | recall | right | wrong | missed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [id, counts] of perFact) {
    if (counts.tp + counts.fp + counts.fn === 0) continue;
    lines.push(`| ${id} | ${precision(counts)} | ${recall(counts)} | ${counts.tp} | ${counts.fp} | ${counts.fn} |`);
  }
  lines.push('');
  return lines;
}

function errors(outcomes: readonly Outcome[]): string[] {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const missed = [...outcome.gold].filter((id) => !outcome.found.has(id));
    const wrong = [...outcome.found].filter((id) => !outcome.gold.has(id));
    if (missed.length === 0 && wrong.length === 0) continue;
    lines.push(
      `- **${outcome.id}** — “${outcome.text.length > 140 ? `${outcome.text.slice(0, 139)}…` : outcome.text}”`,
    );
    if (missed.length > 0) lines.push(`  - missed: ${missed.join(', ')}`);
    for (const id of wrong) lines.push(`  - wrong: ${id} (${outcome.reasons.get(id) ?? ''})`);
  }
  return lines.length > 0 ? lines : ['None.'];
}

const { values: options } = parseArgs({
  options: { real: { type: 'string' }, gold: { type: 'string' }, errors: { type: 'boolean' } },
});
// npm runs scripts from the project root; a folder the user typed is relative to where they were.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const realFolder = options.real === undefined ? undefined : resolve(typedFrom, options.real);
const real = realFolder === undefined ? undefined : readRealSet(realFolder);

function readRealSet(folder: string): ReturnType<typeof readCollectedSet> {
  try {
    return readCollectedSet(folder, resolve(typedFrom, options.gold ?? join(folder, '../gold.json')));
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
const secondStory = join(here, 'second-story');
/** Whole-article sets; `own` when written in the project's words (their errors may quote them). */
const wholeSets: Array<{
  title: string;
  short: string;
  result: SetResult;
  own: boolean;
  hideErrors?: boolean;
  facts?: string[];
  note?: string;
}> = [];
const ownArticles = readLabelledFolder(join(here, 'labelled'));
if (ownArticles.length > 0)
  wholeSets.push({
    title: 'Whole articles in our own words (bench/recognition/labelled/)',
    short: 'own articles',
    result: await scoreSet(root, ownArticles),
    own: true,
    facts: mainFacts,
  });
// Held out like holdout.yaml: never read while writing recognition, so its errors are not listed.
const heldOutArticles = readLabelledFolder(join(here, 'labelled/holdout'));
if (heldOutArticles.length > 0)
  wholeSets.push({
    title: 'Whole articles in our own words, held out (bench/recognition/labelled/holdout/; errors not listed)',
    short: 'own articles, held out',
    result: await scoreSet(root, heldOutArticles),
    own: true,
    hideErrors: true,
    facts: mainFacts,
  });
const secondArticles = readLabelledFolder(join(secondStory, 'labelled'));
if (secondArticles.length > 0)
  wholeSets.push({
    title: 'A second story (bench/recognition/second-story/): its own facts and articles',
    short: 'second story',
    result: await scoreSet(secondStory, secondArticles),
    own: true,
  });
if (real) {
  const note = real.missing.length > 0 ? `Not in the folder (not scored): ${real.missing.join(', ')}.` : undefined;
  wholeSets.push({
    title: 'Development set: real articles (figures and file names only)',
    short: 'development set (real)',
    result: await scoreSet(root, real.articles),
    own: false,
    facts: mainFacts,
    ...(note ? { note } : {}),
  });
}

/** The own set with its held-out part, for the whole set's figures (a line of the summary only). */
function bothParts(): Array<{ short: string; result: SetResult }> {
  const [open, heldOut] = [
    wholeSets.find((set) => set.short === 'own articles'),
    wholeSets.find((set) => set.short === 'own articles, held out'),
  ];
  return open && heldOut
    ? [{ short: 'own articles, both parts', result: combineResults(open.result, heldOut.result) }]
    : [];
}

const dev = evaluatePassages(loadPassages('dev.yaml'));
const holdout = evaluatePassages(loadPassages('holdout.yaml'));
const seeds = await evaluateSeeds();
const perParagraph = (dev.millis + holdout.millis) / (dev.outcomes.length + holdout.outcomes.length);

const report = [
  '# Recognition: precision and recall',
  '',
  'Written by `npm run eval` (bench/recognition/evaluate.ts). Paragraph level: a paragraph either mentions',
  'a fact or not. The labelled passages (bench/recognition/dev.yaml, holdout.yaml) were written for this',
  'project, in its own words, before the rules; the held-out split is never read while writing rules and',
  'is reported here as totals only. Seeds: the two real articles rendered through the site’s pipeline,',
  'against bench/recognition/seeds.yaml.',
  '',
  '## Whole articles',
  '',
  'Each article is imported as an editor would (`add-source` with its publisher, publication date and',
  'address) into a scratch copy of the content, and the briefing is loaded with the site’s loader. A',
  'paragraph is expected to link the union of the facts of the labelled sentences that start in it.',
  'Kinds of paragraph (bench/recognition/score/paragraph-kind.ts), the first that holds: *lede* (first body',
  'paragraph), *quotation* (opens with a quotation mark, or is half quoted), *continuation* (labelled with',
  'a fact none of whose rule words it holds), *background* (labelled only with context facts or facts',
  'ended over 30 days before publication), *other*. How the sets are made: bench/recognition/README.md.',
  ...(real
    ? []
    : ['', 'The development set of real articles is scored only when given: `npm run eval -- --real <folder>`.']),
  '',
  ...summaryTable([...wholeSets, ...bothParts()]),
  ...wholeSets.flatMap((set) => [
    ...setReport(set.title, set.result, set.facts ? { facts: set.facts } : {}),
    ...(set.note ? [set.note, ''] : []),
  ]),
  '## Labelled passages',
  '',
  ...table('Held-out split (not used for writing rules)', holdout.outcomes),
  ...table('Development split', dev.outcomes),
  ...table('Seeds (the two real articles)', seeds),
  `Every mention on the seeds has its link in the paragraph: ${unlinked.length === 0 ? 'yes' : `no — ${unlinked.join(', ')}`}.`,
  '',
  ...wholeSets
    .filter((set) => !set.hideErrors)
    .flatMap((set) => [
      `### Errors: ${set.short}${set.own ? '' : ' (numbers of paragraphs only)'}`,
      '',
      ...errorList(set.result, { quote: set.own }),
      '',
    ]),
  '### Errors on the development split',
  '',
  ...errors(dev.outcomes),
  '',
  '### Errors on the seeds',
  '',
  ...errors(seeds),
  '',
  `Recognition time: ${perParagraph.toFixed(2)} ms per labelled paragraph on average (this machine, ${new Date().toISOString().slice(0, 10)}, including the English model's first load).`,
  '',
];
writeFileSync(join(root, 'bench/recognition.md'), report.join('\n'));
const summary = (name: string, outcomes: readonly Outcome[]) => {
  const { total } = count(outcomes);
  return `${name}: precision ${precision(total)}, recall ${recall(total)}`;
};
const wholeLines = wholeSets.map((set) => `${set.short}: ${headline(set.result.scores.overall)}`);
for (const set of wholeSets) {
  for (const outcome of set.result.outcomes)
    if (outcome.problems.length > 0) process.stderr.write(`${set.short}: ${outcome.name}: ${outcome.problems[0]}\n`);
}
if (options.errors)
  for (const set of wholeSets.filter((candidate) => !candidate.hideErrors))
    process.stdout.write(
      [
        `## Errors: ${set.short}`,
        ...errorList(set.result, { quote: true, reasons: true }),
        '',
        `Links by how they were made (right / wrong): ${linksByShape(set.result)}`,
        '',
      ].join('\n') + '\n',
    );

/** How many links each shape of continuation (or a fact's own rules) made, right and wrong. */
function linksByShape(result: SetResult): string {
  const counts = new Map<string, [number, number]>();
  for (const paragraph of result.paragraphs)
    for (const fact of paragraph.found) {
      const reason = paragraph.reasons?.get(fact) ?? '';
      const shape = /^continues .* \(([^:)]+)/u.exec(reason)?.[1] ?? 'own rules';
      const [right, wrong] = counts.get(shape) ?? [0, 0];
      counts.set(shape, paragraph.gold.has(fact) ? [right + 1, wrong] : [right, wrong + 1]);
    }
  return [...counts].map(([shape, [right, wrong]]) => `${shape} ${right}/${wrong}`).join('; ');
}
process.stdout.write(
  `${[...wholeLines, summary('held-out', holdout.outcomes), summary('development', dev.outcomes), summary('seeds', seeds)].join('\n')}\nwritten to bench/recognition.md\n`,
);
