import type { ArticleData } from '../../schemas/article';
import type { CitedSourceData } from '../../schemas/cited-source';
import type { Account, FactData } from '../../schemas/fact';
import { datesCompatible, precisionOf, type WrittenPrecision } from '../../model/dates';
import type { ArticleBlock } from '../../schemas/article-block';
import { formatParagraphRef } from '../../model/paragraph-ref';

/** An article as the graph needs it: its metadata and its rendered, addressable blocks. */
export interface ArticleInput {
  id: string;
  data: ArticleData;
  blocks: ArticleBlock[];
}

export interface FactInput {
  id: string;
  data: FactData;
}

export interface CitedSourceInput {
  id: string;
  data: CitedSourceData;
}

/** A passage that mentions a fact: where it is and what it says. */
export interface Backlink {
  articleId: string;
  blockId: string;
  kind: ArticleBlock['kind'];
  text: string;
}

/** One row of the timeline. */
export interface TimelineEntry {
  factId: string;
  title: string;
  kind: FactData['kind'];
  start: string;
  end?: string;
  precision: WrittenPrecision;
  /** Articles that mention the fact. */
  sources: string[];
  /** Each source's own date where the sources give dates that cannot both be right. */
  conflictingDates: Array<{
    source: string;
    asWritten: string;
    value: string;
    inferred?: string;
    review: Account['review'];
  }>;
}

export interface FactGraph {
  articles: ReadonlyMap<string, ArticleInput>;
  facts: ReadonlyMap<string, FactInput>;
  citedSources: ReadonlyMap<string, CitedSourceInput>;
  /** Every passage mentioning each fact, in article then document order. */
  backlinks: ReadonlyMap<string, Backlink[]>;
  /** Facts each article mentions, in order of first mention. */
  factsByArticle: ReadonlyMap<string, string[]>;
  /** Articles citing each cited source. */
  citingArticles: ReadonlyMap<string, string[]>;
  /** Dated facts in chronological order. */
  timeline: TimelineEntry[];
  /** Looks a paragraph reference (`article#block`) up. */
  block(ref: string): (ArticleBlock & { articleId: string }) | undefined;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map([...items].sort((a, b) => a.id.localeCompare(b.id)).map((item) => [item.id, item] as const));

/** Builds the whole graph once from the collections; pages only read from it. */
export function buildFactGraph(input: {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  citedSources: readonly CitedSourceInput[];
}): FactGraph {
  const articles = byId(input.articles);
  const facts = byId(input.facts);
  const citedSources = byId(input.citedSources);

  const backlinks = new Map<string, Backlink[]>([...facts.keys()].map((id) => [id, []]));
  const factsByArticle = new Map<string, string[]>();
  const blockIndex = new Map<string, ArticleBlock & { articleId: string }>();
  for (const article of articles.values()) {
    const mentioned: string[] = [];
    for (const block of article.blocks) {
      blockIndex.set(formatParagraphRef(article.id, block.id), { ...block, articleId: article.id });
      for (const factId of block.mentions) {
        backlinks.get(factId)?.push({ articleId: article.id, blockId: block.id, kind: block.kind, text: block.text });
        if (!mentioned.includes(factId)) mentioned.push(factId);
      }
    }
    factsByArticle.set(article.id, mentioned);
  }

  const citingArticles = new Map<string, string[]>([...citedSources.keys()].map((id) => [id, []]));
  for (const article of articles.values()) {
    for (const cited of article.data.cites) citingArticles.get(cited)?.push(article.id);
  }

  const timeline = [...facts.values()]
    .filter((fact) => fact.data.date)
    .map((fact) => timelineEntry(fact, backlinks.get(fact.id) ?? []))
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        (a.end ?? a.start).localeCompare(b.end ?? b.start) ||
        a.factId.localeCompare(b.factId),
    );

  return {
    articles,
    facts,
    citedSources,
    backlinks,
    factsByArticle,
    citingArticles,
    timeline,
    block: (ref) => blockIndex.get(ref),
  };
}

function timelineEntry(fact: FactInput, links: readonly Backlink[]): TimelineEntry {
  const date = fact.data.date as NonNullable<FactData['date']>;
  const sources = [...new Set(links.map((link) => link.articleId))];
  const dated = fact.data.accounts.flatMap((account) =>
    account.date ? [{ source: account.source, ...account.date, review: account.review }] : [],
  );
  const distinct = new Set(dated.map((entry) => entry.value));
  const values = [...distinct];
  const conflicting = values.some((a) => values.some((b) => !datesCompatible(a, b))) ? dated : [];
  return {
    factId: fact.id,
    title: fact.data.title,
    kind: fact.data.kind,
    start: date.start,
    end: date.end,
    precision: precisionOf(date.start),
    sources,
    conflictingDates: conflicting,
  };
}
