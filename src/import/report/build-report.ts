import type { Recognisers } from '../../recognition/compile-recognisers';
import { findDates, type FoundDate } from './find-dates';
import type { FactSummary } from './load-fact-summaries';
import { factsCovering } from './match-dates';
import type { ImportPlan } from '../plan-import';
import { findRepeatedText, type KnownArticle, type RepeatedText } from './repeated-text';
import { reportMentions, type FactMentionReport } from './report-mentions';
import { METADATA_KEYS, type MetadataKey } from '../formats/source-metadata';

/** A found date with the facts whose date range it falls in. */
export interface DatedPassage extends FoundDate {
  coveredBy: string[];
}

/** What the editor is told after an import. */
export interface ImportReport {
  mentions: FactMentionReport[];
  /** The publication date relative dates were counted from, if known. */
  reference?: string;
  dates: DatedPassage[];
  /** Dates that no fact's date covers yet: candidates for new facts. */
  unmatched: DatedPassage[];
  /** Relative dates that could not be resolved (no publication date). */
  unresolved: DatedPassage[];
  /** Fields recorded as not-stated. */
  notStated: MetadataKey[];
  /** The source's language when the briefing's settings do not list it among `sourceLanguages`. */
  unlistedLanguage?: { language: string; listed: readonly string[] };
  /** Articles of the briefing that already hold text of this one (a second import, or shared wire copy). */
  repeated: RepeatedText[];
  /** Passages that cite or embed other sources (for `content/cited-sources/`). */
  citations: Array<{ blockId: string; kind: 'embedded-post' | 'sources' | 'also-read'; text: string }>;
}

/**
 * The report on a planned import: the known facts it mentions (per paragraph, with the site's own
 * matcher), the dates it gives and whether a fact covers them, the articles that already hold its
 * text, and what is left for the editor.
 */
export function buildReport(
  plan: ImportPlan,
  facts: {
    recognisers: Recognisers;
    summaries: readonly FactSummary[];
    articles?: readonly KnownArticle[];
    /** `sourceLanguages` of the briefing's settings, when they could be read. */
    sourceLanguages?: readonly string[];
  },
): ImportReport {
  const titles = new Map(facts.summaries.map((fact) => [fact.id, fact.title]));
  const published = plan.frontmatter.published;
  const reference =
    published.status === 'stated' || (published.status === 'inferred' && published.qualifier === 'exact')
      ? published.value
      : undefined;
  const language = 'value' in plan.frontmatter.language ? plan.frontmatter.language.value : 'en';
  const headline = 'value' in plan.frontmatter.title ? plan.frontmatter.title.value : undefined;
  const mentions = reportMentions(plan.blocks, facts.recognisers, titles, {
    ...(reference ? { published: reference } : {}),
    language,
    ...(headline ? { headline } : {}),
  });

  const dates = findDates(plan.blocks, reference, language).map((date) => ({
    ...date,
    coveredBy: factsCovering(date, facts.summaries),
  }));

  const citations = plan.blocks.flatMap((block) =>
    block.role === 'embedded-post' || block.role === 'sources' || block.role === 'also-read'
      ? [{ blockId: block.id, kind: block.role, text: block.text }]
      : [],
  );
  return {
    mentions,
    ...(reference ? { reference } : {}),
    dates,
    unmatched: dates.filter((date) => date.value !== undefined && date.coveredBy.length === 0),
    unresolved: dates.filter((date) => date.status === 'unresolved'),
    ...unlisted(plan.frontmatter.language, facts.sourceLanguages),
    repeated: findRepeatedText(plan.blocks, facts.articles ?? []),
    notStated: METADATA_KEYS.filter((key) => plan.frontmatter[key].status === 'not-stated'),
    citations,
  };
}

/** A stated or inferred language whose primary tag (`en` of `en-GB`) the settings do not list. */
function unlisted(
  field: ImportPlan['frontmatter']['language'],
  listed: readonly string[] | undefined,
): Pick<ImportReport, 'unlistedLanguage'> {
  if (!listed || !('value' in field)) return {};
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
  if (listed.some((tag) => primary(tag) === primary(field.value))) return {};
  return { unlistedLanguage: { language: field.value, listed } };
}
