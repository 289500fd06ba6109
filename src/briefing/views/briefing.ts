import type { Account } from '../../schemas/fact';
import type { CorrectionData } from '../../schemas/correction';
import { articleSequence, neighbours } from './article-order';
import { changesLog, type LogEntry } from './changes-log';
import { compareAccounts, type Discrepancy } from './compare';
import { coverageMatrix, type CoverageMatrix } from './coverage-matrix';
import {
  differenceFlag,
  rankDiscrepancies,
  rankedAcrossFacts,
  weightOf,
  type DifferenceFlag,
  type DiscrepancyWeight,
} from './discrepancy-rank';
import { groupedComparison, type GroupedDiscrepancy, type Standing } from './grouped-comparison';
import {
  buildFactGraph,
  type ArticleInput,
  type Backlink,
  type CitedSourceInput,
  type FactGraph,
  type FactInput,
} from './graph';
import { alsoCarriedBy, countedOnce } from './counted-once';
import { articleHeadline, sourceLabels } from './labels';
import { draftedSources } from './review-state';
import { sourcesConcerning, staleness, type Staleness } from './staleness';
import { sourceGroups, type SourceGroup } from './source-groups';
import { addedInLatestUpdate, updatesFrom, type Update } from './updates';
import { storyOf, wireStories, type Story } from './wire-stories';

/** How one fact's sources compare: computed once per build, shown on the fact page, the snapshot and in exports. */
export interface FactComparison {
  /** Where the accounts differ, conflicts (date, number, setting) before wording. */
  discrepancies: Discrepancy[];
  conflicts: Discrepancy[];
  wording: Discrepancy[];
  /**
   * The flag the fact carries in lists and at the top of its page, if its sources differ on reviewed
   * accounts: a difference resting only on drafted values raises no flag until an editor reviews it.
   */
  flag?: DifferenceFlag;
  /** The differences with their versions grouped and counted, confirmed ones before unconfirmed ones. */
  grouped: GroupedDiscrepancy[];
  /**
   * The accounts compared, in the fact file's order: of sources the briefing holds, one per story (a
   * wire story carried by several outlets is told once, by its lead).
   */
  accounts: Account[];
  /** Sources whose account is drafted from the text, not yet reviewed: pages and exports say so. */
  drafted: ReadonlySet<string>;
}

/**
 * An article's place among the sources, in reading order: its neighbours only, so that adding a source
 * changes the article pages beside it and no other (page-scope.ts).
 */
export interface ReadingPlace {
  previous?: string;
  next?: string;
}

/**
 * The whole briefing as pages and exports render it: the fact graph and every view derived from it,
 * each computed once per build here — comparisons (one account per wire story, drafted ones named),
 * ranked differences, the sources and passages of each fact, updates and the changes log, unique
 * labels, reading order, the coverage picture, the sources' grouping and stories, and how far the
 * hand-written analysis and summaries are behind the sources. Pages only render what it gives them.
 */
export interface Briefing extends FactGraph {
  comparisons: ReadonlyMap<string, FactComparison>;
  /** Every difference of every fact, conflicts first (the snapshot's "Where the sources differ"). */
  differences: Array<{
    fact: FactInput;
    discrepancy: Discrepancy;
    weight: DiscrepancyWeight;
    grouped: GroupedDiscrepancy;
    standing: Standing;
  }>;
  /** The articles mentioning each fact with their passages, in reading order (the first to report it first). */
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
  /** The stories the sources tell: a wire story carried by several outlets is one story. */
  stories: Story[];
  /** The other articles carrying the same story as an article (none for a story of its own). */
  alsoCarriedBy(articleId: string): string[];
  /** The facts each source has a drafted, not yet reviewed account of (sources with none are absent). */
  draftedBySource: ReadonlyMap<string, string[]>;
  /** How far each analysis entry (by id) is behind the sources, when it records what it was written from. */
  analysisStaleness: ReadonlyMap<string, Staleness>;
  /** How far each fact's title and summary are behind the sources that concern it, when it records `summaryFrom`. */
  summaryStaleness: ReadonlyMap<string, Staleness>;
}

type FactKind = FactInput['data']['kind'];
/** Events first, context last: the order the facts page groups them in. */
const KIND_ORDER: readonly FactKind[] = ['event', 'statement', 'measure', 'characterisation', 'context'];

const NO_COMPARISON: FactComparison = {
  discrepancies: [],
  conflicts: [],
  wording: [],
  grouped: [],
  accounts: [],
  drafted: new Set(),
};

/** Builds the briefing once from the loaded content; every derived view is computed here and nowhere else. */
export function buildBriefing(input: {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  citedSources: readonly CitedSourceInput[];
  corrections?: ReadonlyArray<{ id: string; data: CorrectionData }>;
  /** The analysis entries' records of the sources they were written from. */
  analysis?: ReadonlyArray<{ id: string; data: { writtenFrom?: readonly string[] } }>;
  /** The wire stories and source labels, when the loader has already found them (it needs them for its checks). */
  stories?: readonly Story[];
  labels?: ReadonlyMap<string, string>;
}): Briefing {
  const graph = buildFactGraph(input);
  const articles = [...graph.articles.values()];
  const stories = input.stories ? [...input.stories] : wireStories(articles);
  const storyById = storyOf(stories);

  const comparisons = new Map<string, FactComparison>();
  for (const fact of graph.facts.values()) {
    const accounts = countedOnce(
      fact.data.accounts.filter((account) => graph.articles.has(account.source)),
      storyById,
    );
    const discrepancies = rankDiscrepancies(compareAccounts(accounts));
    const drafted = draftedSources(accounts);
    const grouped = groupedComparison(discrepancies, accounts, {
      drafted,
      carriedBy: (source) => alsoCarriedBy(source, storyById),
    });
    comparisons.set(fact.id, {
      discrepancies,
      conflicts: discrepancies.filter((d) => weightOf(d) === 'conflict'),
      wording: discrepancies.filter((d) => weightOf(d) === 'wording'),
      flag: differenceFlag(grouped.filter((g) => g.standing === 'confirmed').map((g) => g.discrepancy)),
      grouped,
      accounts,
      drafted,
    });
  }
  const draftedBySource = new Map<string, string[]>();
  for (const [factId, comparison] of comparisons)
    for (const source of comparison.drafted)
      draftedBySource.set(source, [...(draftedBySource.get(source) ?? []), factId]);
  // Every difference across facts in rank, those resting on reviewed accounts before unconfirmed ones.
  const ranked = rankedAcrossFacts(
    [...graph.facts.values()].map((fact) => ({
      fact,
      discrepancies: (comparisons.get(fact.id)?.grouped ?? []).map((grouped) => ({
        field: grouped.discrepancy.field,
        grouped,
      })),
    })),
  ).map(({ fact, discrepancy: { grouped }, weight }) => ({
    fact,
    discrepancy: grouped.discrepancy,
    weight,
    grouped,
    standing: grouped.standing,
  }));
  const differences = [
    ...ranked.filter((d) => d.standing === 'confirmed'),
    ...ranked.filter((d) => d.standing === 'unconfirmed'),
  ];

  const sequence = articleSequence(articles);
  const readingRank = new Map(sequence.map((id, rank) => [id, rank]));
  const passagesBySource = new Map<string, Array<{ articleId: string; links: Backlink[] }>>();
  for (const [factId, links] of graph.backlinks) {
    const byArticle = new Map<string, Backlink[]>();
    for (const link of links) byArticle.set(link.articleId, [...(byArticle.get(link.articleId) ?? []), link]);
    const inOrder = [...byArticle].sort(([a], [b]) => (readingRank.get(a) ?? 0) - (readingRank.get(b) ?? 0));
    passagesBySource.set(
      factId,
      inOrder.map(([articleId, grouped]) => ({ articleId, links: grouped })),
    );
  }
  const relatedFacts = new Map(
    [...graph.facts.values()].map((fact) => [fact.id, fact.data.related.flatMap((id) => graph.facts.get(id) ?? [])]),
  );

  const factsByKind = KIND_ORDER.map((kind) => ({
    kind,
    facts: [...graph.facts.values()].filter((fact) => fact.data.kind === kind),
  })).filter((group) => group.facts.length > 0);
  const updates = updatesFrom(articles);
  const readingPlace = new Map(sequence.map((id) => [id, neighbours(sequence, id)]));
  const labels = input.labels ?? sourceLabels(articles).labels;
  const inReadingOrder = sequence.flatMap((id) => graph.articles.get(id) ?? []);
  const analysisStaleness = new Map(
    (input.analysis ?? []).flatMap((entry) => {
      const stale = staleness(entry.data.writtenFrom, sequence);
      return stale ? [[entry.id, stale] as const] : [];
    }),
  );
  const summaryStaleness = new Map(
    [...graph.facts.values()].flatMap((fact) => {
      const stale = staleness(fact.data.summaryFrom, sourcesConcerning(fact, inReadingOrder));
      return stale ? [[fact.id, stale] as const] : [];
    }),
  );
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
    coverage: coverageMatrix(
      factsByKind.flatMap((group) => group.facts.map((fact) => fact.id)),
      [...graph.articles.keys()],
      graph.backlinks,
    ),
    label: (articleId) => labels.get(articleId) ?? articleId,
    headline: (articleId) => headlines.get(articleId) ?? { text: articleId, stated: false },
    stories,
    alsoCarriedBy: (articleId) => alsoCarriedBy(articleId, storyById),
    draftedBySource,
    analysisStaleness,
    summaryStaleness,
  };
}

/** The comparison of a fact (an empty one for an id the briefing does not hold). */
export function comparisonOf(briefing: Pick<Briefing, 'comparisons'>, factId: string): FactComparison {
  return briefing.comparisons.get(factId) ?? NO_COMPARISON;
}
