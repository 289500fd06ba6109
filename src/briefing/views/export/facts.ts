import { accountDateFields, type Account } from '../../../schemas/fact';
import { precisionOf } from '../../../model/dates';
import type { Briefing } from '../briefing';
import type { Backlink, FactInput } from '../graph';
import { paths } from '../../../model/paths';
import { exportEnvelope } from './envelope';
import { sortedById } from './order';
import type { FactsExport } from './schemas';
import type { SiteLinks } from './site-links';

type ExportedFact = FactsExport['facts'][number];

/** `/data/facts.json`: every fact, ordered by id, with its passages and how each source tells it. */
export function factsExport(graph: Briefing, links: SiteLinks): FactsExport {
  return {
    ...exportEnvelope('facts', graph, links),
    facts: sortedById(graph.facts.values()).map((fact) =>
      exportedFact(fact, graph.backlinks.get(fact.id) ?? [], links),
    ),
  };
}

/** One fact in the export shape. */
export function exportedFact(fact: FactInput, backlinks: readonly Backlink[], links: SiteLinks): ExportedFact {
  const { data } = fact;
  return {
    id: fact.id,
    title: data.title,
    kind: data.kind,
    ...(data.date
      ? {
          date: {
            start: data.date.start,
            ...(data.date.end ? { end: data.date.end } : {}),
            precision: precisionOf(data.date.start),
          },
        }
      : {}),
    summary: data.summary,
    url: links.absolute(paths.fact(fact.id)),
    related: [...data.related],
    mentions: backlinks.map((link) => ({
      article: link.articleId,
      paragraph: link.blockId,
      url: links.absolute(paths.paragraph(link.articleId, link.blockId)),
      text: link.text,
    })),
    accounts: data.accounts.map(exportedAccount),
  };
}

function exportedAccount(account: Account): ExportedFact['accounts'][number] {
  return {
    source: account.source,
    ...(account.date ? { date: accountDateFields(account.date) } : {}),
    ...(account.setting ? { setting: account.setting } : {}),
    actors: [...account.actors],
    numbers: account.numbers.map((n) => ({ label: n.label, asWritten: n.asWritten, value: n.value, unit: n.unit })),
    wording: [...account.wording],
    paragraphs: [...account.paragraphs],
    review: account.review,
  };
}
