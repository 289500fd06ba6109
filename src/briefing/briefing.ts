import type { Account } from '../schemas/fact';
import type { CorrectionData } from '../schemas/correction';
import { articleSequence, neighbours, sourceWindow } from './article-order';
import { changesLog, type LogEntry } from './changes-log';
import { compareAccounts, type Discrepancy } from './compare';
import { coverageMatrix, type CoverageMatrix } from './coverage-matrix';
import { differenceFlag, rankDiscrepancies, rankedAcrossFacts, weightOf, type DifferenceFlag, type DiscrepancyWeight } from './discrepancy-rank';
import { buildFactGraph, type ArticleInput, type Backlink, type CitedSourceInput, type FactGraph, type FactInput } from './graph';
import { articleHeadline, sourceLabel } from './labels';
import { sourceGroups, type SourceGroup } from './source-groups';
import { addedInLatestUpdate, updatesFrom, type Update } from './updates';

/** How one fact's sources compare: computed once per build, shown on the fact page, the snapshot and in exports. */
export interface FactComparison {
  /** Where the accounts differ, conflicts (date, number, setting) before wording. */
  discrepancies: Discrepancy[];
  conflicts: Discrepancy[];
  wording: Discrepancy[];
  /** The flag the fact carries in lists, if its sources differ. */
  flag?: DifferenceFlag;
  /** The accounts of sources the briefing holds, in the fact file's order. */
  accounts: Account[];
}

/** An article's place among the sources, in reading order. */
export interface ReadingPlace {
  previous?: string;
  next?: string;
  /** The sources listed around it on its page. */
  around: { ids: string[]; before: number; after: number };
}

/**
 * The whole briefing as pages and exports render it: the fact graph and every view derived from it,
 * each computed once per build here — comparisons, ranked differences, the sources and passages of
 * each fact, updates and the changes log, labels, reading order, the coverage picture and the
 * sources' grouping. Pages only render what it gives them.
 */
export interface Briefing extends FactGraph {
  comparisons: ReadonlyMap<string, FactComparison>;
  /** Every difference of every fact, conflicts first (the snapshot's "Where the sources differ"). */
  differences: Array<{ fact: FactInput; discrepancy: Discrepancy; weight: DiscrepancyWeight }>;
  /** The articles mentioning each fact with their passages, in article order. */
  passagesBySource: ReadonlyMap<string, Array<{ articleId: string; links: Backlink[] }>>;
  /** Each fact's related facts, resolved. */
  relatedFacts: ReadonlyMap<string, FactInput[]>;
  /** The days sources were added, newest first. */
  updates: Update[];
  /** Sources of the latest update, when there was an earlier one (the "new" mark). */
  newSources: ReadonlySet<string>;
  /** The briefing's history: additions and recorded corrections, newest first. */
  changes: LogEntry[];
  /** Article ids in reading order (by publication, then addition). */
  sequence: string[];
  readingPlace: ReadonlyMap<string, ReadingPlace>;
  /** The sources by month of publication (the sources page). */
  sourceGroups: SourceGroup[];
  /** The facts grouped by kind, in the order the facts page lists them. */
  factsByKind: Array<{ kind: FactKind; facts: FactInput[] }>;
  /** Which source mentions which fact (the facts page), rows in `factsByKind` order. */
  coverage: CoverageMatrix;
  /** The short name of an article in citations; an unknown id is returned as it is. */
  label(articleId: string): string;
  /** An article's headline, or a label quoting its opening when it states none. */
  headline(articleId: string): { text: string; stated: boolean };
}

type FactKind = FactInput['data']['kind'];
/** Events first, context last: the order the facts page groups them in. */
const KIND_ORDER: readonly FactKind[] = ['event', 'statement', 'measure', 'characterisation', 'context'];

const NO_COMPARISON: FactComparison = { discrepancies: [], conflicts: [], wording: [], accounts: [] };

/** Builds the briefing once from the loaded content; every derived view is computed here and nowhere else. */
export function buildBriefing(input: {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  citedSources: readonly CitedSourceInput[];
  corrections?: ReadonlyArray<{ id: string; data: CorrectionData }>;
}): Briefing {
  const graph = buildFactGraph(input);
  const articles = [...graph.articles.values()];

  const comparisons = new Map<string, FactComparison>();
  for (const fact of graph.facts.values()) {
    const discrepancies = rankDiscrepancies(compareAccounts(fact.data.accounts));
    comparisons.set(fact.id, {
      discrepancies,
      conflicts: discrepancies.filter((d) => weightOf(d) === 'conflict'),
      wording: discrepancies.filter((d) => weightOf(d) === 'wording'),
      flag: differenceFlag(discrepancies),
      accounts: fact.data.accounts.filter((account) => graph.articles.has(account.source)),
    });
  }
  const differences = rankedAcrossFacts([...graph.facts.values()].map((fact) => ({ fact, discrepancies: comparisons.get(fact.id)?.discrepancies ?? [] })));

  const passagesBySource = new Map<string, Array<{ articleId: string; links: Backlink[] }>>();
  for (const [factId, links] of graph.backlinks) {
    const byArticle = new Map<string, Backlink[]>();
    for (const link of links) byArticle.set(link.articleId, [...(byArticle.get(link.articleId) ?? []), link]);
    passagesBySource.set(factId, [...byArticle].map(([articleId, grouped]) => ({ articleId, links: grouped })));
  }
  const relatedFacts = new Map([...graph.facts.values()].map((fact) => [fact.id, fact.data.related.flatMap((id) => graph.facts.get(id) ?? [])]));

  const factsByKind = KIND_ORDER.map((kind) => ({ kind, facts: [...graph.facts.values()].filter((fact) => fact.data.kind === kind) })).filter((group) => group.facts.length > 0);
  const updates = updatesFrom(articles);
  const sequence = articleSequence(articles);
  const readingPlace = new Map(sequence.map((id) => [id, { ...neighbours(sequence, id), around: sourceWindow(sequence, id) }]));
  const labels = new Map(articles.map((article) => [article.id, sourceLabel(article)]));
  const headlines = new Map(articles.map((article) => [article.id, articleHeadline(article)]));

  return {
    ...graph,
    comparisons,
    differences,
    passagesBySource,
    relatedFacts,
    updates,
    newSources: addedInLatestUpdate(updates),
    changes: changesLog({ updates, corrections: input.corrections ?? [] }),
    sequence,
    readingPlace,
    sourceGroups: sourceGroups(sequence, graph.articles),
    factsByKind,
    coverage: coverageMatrix(factsByKind.flatMap((group) => group.facts.map((fact) => fact.id)), [...graph.articles.keys()], graph.backlinks),
    label: (articleId) => labels.get(articleId) ?? articleId,
    headline: (articleId) => headlines.get(articleId) ?? { text: articleId, stated: false },
  };
}

/** The comparison of a fact (an empty one for an id the briefing does not hold). */
export function comparisonOf(briefing: Pick<Briefing, 'comparisons'>, factId: string): FactComparison {
  return briefing.comparisons.get(factId) ?? NO_COMPARISON;
}
