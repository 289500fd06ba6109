import type { Briefing } from '../briefing';
import type { ArticleInput, CitedSourceInput } from '../graph';
import { originalTextPath } from '../../../model/originals';
import { paths } from '../../../model/paths';
import { exportEnvelope } from './envelope';
import { exportedMetadataField } from './metadata-field';
import { byCodePoint, sortedById } from './order';
import type { SourcesExport } from './schemas';
import type { SiteLinks } from './site-links';
import { parseParagraphRef } from '../../../model/paragraph-ref';

/** `/data/sources.json`: the source articles with their metadata, and the sources they cite. */
export function sourcesExport(graph: Briefing, links: SiteLinks): SourcesExport {
  return {
    ...exportEnvelope('sources', graph, links),
    articles: sortedById(graph.articles.values()).map((article) => exportedArticle(article, graph, links)),
    citedSources: sortedById(graph.citedSources.values()).map((source) => exportedCitedSource(source, graph, links)),
  };
}

function exportedArticle(article: ArticleInput, graph: Briefing, links: SiteLinks): SourcesExport['articles'][number] {
  const { data } = article;
  return {
    id: article.id,
    url: links.absolute(paths.article(article.id)),
    original: links.absolute(originalTextPath(data.original)),
    added: data.added,
    metadata: {
      title: exportedMetadataField(data.title),
      publisher: exportedMetadataField(data.publisher),
      byline: exportedMetadataField(data.byline),
      published: exportedMetadataField(data.published),
      url: exportedMetadataField(data.url),
      language: exportedMetadataField(data.language),
    },
    cites: [...data.cites],
    facts: [...(graph.factsByArticle.get(article.id) ?? [])],
  };
}

function exportedCitedSource(
  source: CitedSourceInput,
  graph: Briefing,
  links: SiteLinks,
): SourcesExport['citedSources'][number] {
  const { data } = source;
  return {
    id: source.id,
    url: links.absolute(`${paths.sources()}#cited-${source.id}`),
    name: data.name,
    kind: data.kind,
    metadata: {
      title: exportedMetadataField(data.title),
      url: exportedMetadataField(data.url),
      date: exportedMetadataField(data.date),
    },
    // The graph's reverse of the articles' `cites`, so the export agrees with what the articles say.
    citedBy: [...(graph.citingArticles.get(source.id) ?? [])].sort(byCodePoint),
    appearsIn: data.appearsIn.map((ref) => {
      const { articleId: article, blockId: paragraph } = parseParagraphRef(ref);
      return { article, paragraph, url: links.absolute(paths.paragraph(article, paragraph)) };
    }),
  };
}
