import type { AnalysisData } from '../../schemas/analysis';
import { analysisReferencesOf } from './analysis-references';
import { latestUpdate } from './export/latest-update';
import { byCodePoint } from './export/order';
import type { SiteLinks } from './export/site-links';
import type { Briefing } from './briefing';
import type { ArticleInput, Backlink, FactInput } from './graph';
import { originalTextPath } from '../../model/originals';
import { paths } from '../../model/paths';
import { parseParagraphRef } from '../../model/paragraph-ref';

/*
 * schema.org structured data for the page heads. The rule of the briefing holds here too: only what a
 * source states is asserted. A value the briefing inferred (a publisher read off a byline, a date bound
 * from an embedded post) is left out, because JSON-LD has no way to say "inferred" that consumers read.
 */

const CONTEXT = 'https://schema.org';

/** A source article as referred to from other nodes: its page in the briefing, and its headline if stated. */
export interface SourceArticleRef {
  '@type': 'NewsArticle';
  /** The article's page in the briefing. */
  url: string;
  /** Only when the source states its headline. */
  headline?: string;
}

/** `NewsArticle` for a source article's page. */
export interface NewsArticleJsonLd {
  '@context': typeof CONTEXT;
  '@type': 'NewsArticle';
  /** The article's page in the briefing (the text as published here). */
  url: string;
  /** The text exactly as received, which the page reproduces. */
  isBasedOn: string;
  /** The article's own address, only when the source states it. */
  sameAs?: string;
  /** Only when the source states its headline. */
  headline?: string;
  /** Only when the source states its publication date. */
  datePublished?: string;
  /**
   * The byline as printed, only when stated. Plain text on purpose: a byline can be a person or a desk,
   * and schema.org accepts text where it expects a Person or Organization, so no type is guessed.
   */
  author?: string;
  /** Only when the source states its publisher (an outlet, hence an Organization). */
  publisher?: { '@type': 'Organization'; name: string };
  /** Only when the source states its language. */
  inLanguage?: string;
}

/** The metadata value when the source states it; `undefined` when it is not stated or only inferred. */
function stated<T>(field: { status: string; value?: T }): T | undefined {
  return field.status === 'stated' ? field.value : undefined;
}

/** A source article as a reference: page address and stated headline. */
export function sourceArticleRef(article: ArticleInput, links: SiteLinks): SourceArticleRef {
  const headline = stated(article.data.title);
  return { '@type': 'NewsArticle', url: links.absolute(paths.article(article.id)), ...(headline ? { headline } : {}) };
}

/** schema.org `NewsArticle` for a source article's page, asserting only what the source states. */
export function newsArticleJsonLd(article: ArticleInput, links: SiteLinks): NewsArticleJsonLd {
  const { data } = article;
  const headline = stated(data.title);
  const published = stated(data.published);
  const byline = stated(data.byline);
  const publisher = stated(data.publisher);
  const language = stated(data.language);
  const address = stated(data.url);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    url: links.absolute(paths.article(article.id)),
    isBasedOn: links.absolute(originalTextPath(data.original)),
    ...(address ? { sameAs: address } : {}),
    ...(headline ? { headline } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(byline ? { author: byline } : {}),
    ...(publisher ? { publisher: { '@type': 'Organization' as const, name: publisher } } : {}),
    ...(language ? { inLanguage: language } : {}),
  };
}

/** `AnalysisNewsArticle` for the snapshot. */
export interface BriefingJsonLd {
  '@context': typeof CONTEXT;
  '@type': 'AnalysisNewsArticle';
  headline: string;
  description: string;
  /** The snapshot page. */
  url: string;
  /** The later of the analysis' revision day and the latest update (sources added). */
  dateModified: string;
  /** Every source article of the briefing. */
  isBasedOn: SourceArticleRef[];
  /** Pages of the source articles the analysis cites, in order of first citation. */
  citation: string[];
}

/** schema.org `AnalysisNewsArticle` for the snapshot: the briefing's own analysis and what it rests on. */
export function briefingJsonLd(
  graph: Pick<Briefing, 'articles' | 'updates'>,
  analysis: { id: string; data: AnalysisData; body?: string },
  links: SiteLinks,
): BriefingJsonLd {
  const references = analysisReferencesOf(analysis.id, analysis.data, analysis.body ?? '');
  const citedArticles = [...new Set(references.cites.map(({ ref }) => parseParagraphRef(ref).articleId))].filter((id) =>
    graph.articles.has(id),
  );
  const updated = latestUpdate(graph);
  const modified = updated && updated > analysis.data.revised ? updated : analysis.data.revised;
  return {
    '@context': CONTEXT,
    '@type': 'AnalysisNewsArticle',
    headline: analysis.data.title,
    description: analysis.data.dek,
    url: links.absolute(paths.snapshot()),
    dateModified: modified,
    isBasedOn: [...graph.articles.values()]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((article) => sourceArticleRef(article, links)),
    citation: citedArticles.map((id) => links.absolute(paths.article(id))),
  };
}

/** A paragraph of a source article where a claim appears. */
export interface AppearanceJsonLd {
  '@type': 'CreativeWork';
  /** The paragraph's address (article page and paragraph anchor). */
  url: string;
  /** The article the paragraph belongs to. */
  isPartOf: SourceArticleRef;
}

/** `Claim` for a fact page. */
export interface ClaimJsonLd {
  '@context': typeof CONTEXT;
  '@type': 'Claim';
  name: string;
  /** The fact's neutral summary. */
  text: string;
  /** The fact page. */
  url: string;
  /** Every paragraph that mentions the fact; left out when none does. */
  appearance?: AppearanceJsonLd[];
  /** Only when the sources' stated dates (or a single source) show which paragraph came first. */
  firstAppearance?: AppearanceJsonLd;
}

/** schema.org `Claim` for a fact page: the fact, and the paragraphs in which the sources make it. */
export function claimJsonLd(
  fact: FactInput,
  backlinks: readonly Backlink[],
  articles: Briefing['articles'],
  links: SiteLinks,
): ClaimJsonLd {
  const appearances = backlinks.flatMap((link) => {
    const article = articles.get(link.articleId);
    return article ? [{ link, node: appearance(link, article, links) }] : [];
  });
  const first = firstKnownAppearance(
    appearances.map((a) => a.link),
    articles,
  );
  const firstNode = appearances.find((a) => a.link === first)?.node;
  return {
    '@context': CONTEXT,
    '@type': 'Claim',
    name: fact.data.title,
    text: fact.data.summary,
    url: links.absolute(paths.fact(fact.id)),
    ...(appearances.length > 0 ? { appearance: appearances.map((a) => a.node) } : {}),
    ...(firstNode ? { firstAppearance: firstNode } : {}),
  };
}

function appearance(link: Backlink, article: ArticleInput, links: SiteLinks): AppearanceJsonLd {
  return {
    '@type': 'CreativeWork',
    url: links.absolute(paths.paragraph(link.articleId, link.blockId)),
    isPartOf: sourceArticleRef(article, links),
  };
}

/**
 * The first appearance, only where it is known rather than guessed: the first passage (in document
 * order) of the one article that mentions the fact, or of the article whose stated publication date is
 * earlier than every other mentioning article's stated date. An unstated or merely inferred date on any
 * mentioning article leaves the order unknown, and then nothing is asserted.
 */
export function firstKnownAppearance(
  backlinks: readonly Backlink[],
  articles: Briefing['articles'],
): Backlink | undefined {
  const articleIds = [...new Set(backlinks.map((link) => link.articleId))];
  if (articleIds.length === 0) return undefined;
  let earliest = articleIds[0];
  if (articleIds.length > 1) {
    const dated = articleIds.map((id) => ({
      id,
      date: stated(articles.get(id)?.data.published ?? { status: 'not-stated' }),
    }));
    if (dated.some((entry) => !entry.date)) return undefined;
    const sorted = [...dated].sort((a, b) => byCodePoint(a.date ?? '', b.date ?? ''));
    if (sorted[0]?.date === sorted[1]?.date) return undefined;
    earliest = sorted[0]?.id;
  }
  return backlinks.find((link) => link.articleId === earliest);
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. Plain `JSON.stringify` would let a
 * source's text containing `</script>` end the element early and turn the rest into markup; escaping
 * `<`, `>` and `&` as `\u00XX` keeps the same JSON value while no tag can ever be formed.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
