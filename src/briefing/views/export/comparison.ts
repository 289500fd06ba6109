import { comparisonOf, type FactComparison } from '../briefing';
import type { Discrepancy } from '../compare';
import type { Standing } from '../grouped-comparison';
import { coverage } from '../compare';
import type { Briefing } from '../briefing';
import { paths } from '../../../model/paths';
import { exportEnvelope } from './envelope';
import { sortedById } from './order';
import type { ComparisonExport } from './schemas';
import type { SiteLinks } from './site-links';

/** `/data/comparison.json`: per fact, which articles cover it and where their accounts differ. */
export function comparisonExport(graph: Briefing, links: SiteLinks): ComparisonExport {
  const allArticles = sortedById(graph.articles.values()).map((article) => article.id);
  return {
    ...exportEnvelope('comparison', graph, links),
    facts: sortedById(graph.facts.values()).map((fact) => {
      const mentioning = (graph.backlinks.get(fact.id) ?? []).map((link) => link.articleId);
      const covered = coverage(mentioning, allArticles);
      const compared = comparisonOf(graph, fact.id);
      return {
        fact: fact.id,
        title: fact.data.title,
        url: links.absolute(paths.fact(fact.id)),
        coverage: { articles: covered.sources, ...(covered.only ? { only: covered.only } : {}) },
        accounts: compared.accounts.map((account) => ({
          source: account.source,
          review: account.review,
          alsoCarriedBy: graph.alsoCarriedBy(account.source),
        })),
        discrepancies: compared.discrepancies.map((d) => ({
          field: d.field,
          label: d.label,
          standing: standingIn(compared, d),
          versions: d.versions.map((v) => ({
            source: v.source,
            value: v.value,
            ...(v.note ? { note: v.note } : {}),
            review: compared.drafted.has(v.source) ? ('drafted' as const) : ('reviewed' as const),
          })),
          ...(d.values ? { values: d.values } : {}),
        })),
      };
    }),
  };
}

/** A difference's standing, as the fact's grouped comparison (the one the pages show) gives it. */
function standingIn(compared: FactComparison, discrepancy: Discrepancy): Standing {
  return compared.grouped.find((g) => g.discrepancy === discrepancy)?.standing ?? 'unconfirmed';
}
