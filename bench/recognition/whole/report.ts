import { rates, type Counts } from '../score/counts';
import { paragraphKinds } from '../score/paragraph-kind';
import type { SetResult } from './score-set';

/** The facts the briefing is about, always listed (with a dash where a set has none of them). */
export const mainFacts = ['tv-remarks', 'lower-house-election', 'china-countermeasures'];

const figure = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

/** "P 0.91 R 0.63 F1 0.74": the overall line, also printed on the terminal. */
export function headline(counts: Counts): string {
  const { precision, recall, f1 } = rates(counts);
  return `precision ${figure(precision)}, recall ${figure(recall)}, F1 ${figure(f1)}`;
}

function row(name: string, counts: Counts, paragraphs?: number): string {
  const { precision, recall, f1 } = rates(counts);
  return `| ${name} |${paragraphs === undefined ? '' : ` ${paragraphs} |`} ${figure(precision)} | ${figure(recall)} | ${figure(f1)} | ${counts.tp} | ${counts.fp} | ${counts.fn} |`;
}

/**
 * The figures of one whole-article set as Markdown: overall, per fact, per kind of paragraph, per
 * labelled shape (own sets), and whether each article imported. Ids and numbers only: no article text.
 */
export function setReport(title: string, result: SetResult, options: { facts?: readonly string[] } = {}): string[] {
  const imported = result.outcomes.filter((outcome) => outcome.articleId && outcome.problems.length === 0).length;
  const givenId = result.outcomes.filter((outcome) => outcome.givenId).length;
  const listed = [...new Set([...(options.facts ?? []), ...result.scores.perFact.keys()])];
  const lines = [
    `### ${title}`,
    '',
    `${result.outcomes.length} articles (${imported} imported and loaded without problems${givenId > 0 ? `, ${givenId} of them once given \`--id\`` : ''}), ${result.scores.paragraphs} paragraphs scored; ${result.sentences - result.unplaced} of ${result.sentences} labelled sentences placed in a scored paragraph.`,
    '',
    `**Overall: ${headline(result.scores.overall)}** (${result.scores.overall.tp} right, ${result.scores.overall.fp} wrong, ${result.scores.overall.fn} missed)`,
    '',
    `Continuation links (a labelled paragraph holding none of the fact's rule words): ${result.continuationLinks.tp} of ${result.continuationLinks.tp + result.continuationLinks.fn} linked.`,
    '',
    '| fact | precision | recall | F1 | right | wrong | missed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...listed.map((id) => row(id, result.scores.perFact.get(id) ?? { tp: 0, fp: 0, fn: 0 })),
    '',
    '| kind of paragraph | paragraphs | precision | recall | F1 | right | wrong | missed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...paragraphKinds.map((kind) => {
      const counts = result.scores.perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0, paragraphs: 0 };
      return row(kind, counts, counts.paragraphs);
    }),
    '',
  ];
  const groups: Array<[string, SetResult['byShape']]> = [
    ['language (as stated, else the script)', result.byLanguage],
    ['shape (as labelled)', result.byShape],
  ];
  for (const [name, group] of groups) {
    if (group.size === 0) continue;
    lines.push(
      `| ${name} | paragraphs | precision | recall | F1 | right | wrong | missed |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [key, counts] of group) lines.push(row(key, counts, counts.paragraphs));
    lines.push('');
  }
  // Ids the importer made are the articles' first words: only the collected files' names are listed.
  lines.push('| article | imported | problems after loading |', '| --- | --- | ---: |');
  for (const outcome of result.outcomes) {
    const imported = outcome.articleId
      ? outcome.givenId
        ? 'yes, once given `--id` (the importer asked for one)'
        : 'yes'
      : 'no';
    lines.push(`| ${outcome.name} | ${imported} | ${outcome.problems.length} |`);
  }
  lines.push('');
  return lines;
}

/**
 * Each paragraph whose links differ from its label: file, its number in the article, kind, what was
 * missed and what was wrong. With `quote`, its opening words too — only for sets written in the
 * project's own words (block ids are made from an article's words, so they are not listed either).
 */
export function errorList(result: SetResult, options: { quote: boolean; reasons?: boolean }): string[] {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  for (const paragraph of result.paragraphs) {
    const number = (numbers.get(paragraph.name) ?? 0) + 1;
    numbers.set(paragraph.name, number);
    const missed = [...paragraph.gold].filter((id) => !paragraph.found.has(id));
    const wrong = [...paragraph.found].filter((id) => !paragraph.gold.has(id));
    if (missed.length === 0 && wrong.length === 0) continue;
    const opening = options.quote
      ? ` “${paragraph.text.length > 90 ? `${paragraph.text.slice(0, 89)}…` : paragraph.text}”`
      : '';
    const outcome = [
      ...(missed.length > 0 ? [`missed ${missed.join(', ')}`] : []),
      ...(wrong.length > 0 ? [`wrong ${wrong.join(', ')}`] : []),
    ];
    lines.push(`- ${paragraph.name} ¶${number} (${paragraph.kind})${opening} — ${outcome.join('; ')}`);
    if (options.reasons)
      for (const id of wrong) lines.push(`    ${id}: ${paragraph.reasons?.get(id) ?? '(no reason recorded)'}`);
  }
  return lines.length > 0 ? lines : ['None.'];
}

/** The whole-article sets side by side: overall figures and the recall on each of the main facts. */
export function summaryTable(sets: ReadonlyArray<{ short: string; result: SetResult }>): string[] {
  if (sets.length === 0) return [];
  const recallOf = (result: SetResult, fact: string) =>
    figure(rates(result.scores.perFact.get(fact) ?? { tp: 0, fp: 0, fn: 0 }).recall);
  return [
    `| set | articles | paragraphs | precision | recall | F1 | ${mainFacts.map((fact) => `recall ${fact}`).join(' | ')} | continuation links |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ${mainFacts.map(() => '---:').join(' | ')} | ---: |`,
    ...sets.map(({ short, result }) => {
      const { precision, recall, f1 } = rates(result.scores.overall);
      const links = result.continuationLinks;
      return `| ${short} | ${result.outcomes.length} | ${result.scores.paragraphs} | ${figure(precision)} | ${figure(recall)} | ${figure(f1)} | ${mainFacts.map((fact) => recallOf(result, fact)).join(' | ')} | ${links.tp} of ${links.tp + links.fn} |`;
    }),
    '',
  ];
}
