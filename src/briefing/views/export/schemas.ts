import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, WRITTEN_PRECISIONS } from '../../../model/dates';
import { ID_PATTERN } from '../../../model/ids';
import { PARAGRAPH_REF_PATTERN } from '../../../model/paragraph-ref';
import { FACT_KINDS, REVIEW_STATES } from '../../../schemas/fact';
import { INFERENCE_QUALIFIERS } from '../../../schemas/metadata-field';

/*
 * The published shapes of the data exports. Each field is documented once, in `.describe()`: the JSON
 * Schemas published at `/data/schema/<name>.json` are generated from these schemas and are what outside
 * consumers read. The values (ids, dates, kinds, review states, qualifiers) are the content schemas' own;
 * the shapes are written out here because the export is a published contract with its own wording, strict
 * objects and no defaults.
 *
 * Objects are strict: a field the builders add without documenting it here fails the tests.
 */

/** Version of the export shapes: additive changes raise the minor (1.x), breaking changes the major. */
export const EXPORT_VERSION = '1.3';

/** The exports, each published at `/data/<name>.json` with its JSON Schema at `/data/schema/<name>.json`. */
export const EXPORT_NAMES = ['facts', 'sources', 'timeline', 'comparison'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

const slug = () => z.string().regex(ID_PATTERN);
const partialDate = () => z.string().regex(PARTIAL_DATE_PATTERN);
const precision = () => z.enum(WRITTEN_PRECISIONS);
/** A date as a source writes it and as it resolves: in an account, and in a conflict between accounts. */
const datedAsWritten = () => ({
  asWritten: z.string().min(1).describe('The words the source uses.'),
  value: partialDate().describe('The resolved date: YYYY-MM-DD, YYYY-MM or YYYY.'),
  inferred: z
    .string()
    .min(1)
    .optional()
    .describe('How the date was resolved from relative words; left out when the source gives it outright.'),
});
/** Whether an editor has reviewed an account (since 1.1). */
const review = () =>
  z
    .enum(REVIEW_STATES)
    .describe(
      'drafted: made from the text by the importer or the build and not yet reviewed by an editor (the site says "Drafted from the text, not yet reviewed"); reviewed: written or checked by an editor. Since 1.1.',
    );

/** What a file was generated from: content only, so the same content always gives the same bytes. */
export const generatedSchema = z
  .strictObject({
    site: z.url().describe('Address of the briefing the file was generated from (site and base path).'),
    asOf: z.iso
      .date()
      .optional()
      .describe(
        "Day of the briefing's latest update (its newest source's `added` date), never the build time; left out while it has no sources.",
      ),
  })
  .describe('What the file was generated from. Never a timestamp: identical content gives identical files.');

/** The fields every export starts with. */
function envelope<Shape extends z.ZodRawShape>(name: ExportName, description: string, payload: Shape) {
  return z
    .strictObject({
      $schema: z.url().describe('Absolute address of the JSON Schema this file follows.'),
      version: z
        .literal(EXPORT_VERSION)
        .describe('Shape version: a 1.x reader can read every 1.y file; a new major means a breaking change.'),
      /** What the file was generated from. */
      generated: generatedSchema,
      ...payload,
    })
    .meta({ title: `Briefing ${name} export`, description });
}

/** A piece of source metadata with its provenance, exactly as the content schema records it. */
function metadataField<T extends z.ZodType>(value: () => T, description: string) {
  return z
    .discriminatedUnion('status', [
      z.strictObject({
        status: z.literal('stated').describe('The source states this value in so many words.'),
        value: value().describe('The value as the source gives it (dates as YYYY-MM-DD).'),
      }),
      z.strictObject({
        status: z.literal('not-stated').describe('The source does not state this value.'),
      }),
      z.strictObject({
        status: z
          .literal('inferred')
          .describe(
            'The briefing derived the value from what the source does state; it is not a statement of the source.',
          ),
        value: value().describe('The derived value.'),
        reason: z
          .string()
          .min(1)
          .describe('How the value was derived, in a sentence a reader can check against the source.'),
        qualifier: z.enum(INFERENCE_QUALIFIERS).describe('For dates: whether the value is exact or only a bound.'),
      }),
    ])
    .describe(description);
}

/* ---------- facts ---------- */

/** A passage of a source article that mentions a fact. */
export const mentionSchema = z.strictObject({
  article: slug().describe('Id of the article.'),
  paragraph: z.string().min(1).describe('Id of the paragraph: its anchor on the article page.'),
  url: z.url().describe('Absolute address of the paragraph.'),
  text: z.string().describe("The paragraph's text as the reader sees it."),
});

/** How one source tells a fact. */
export const accountSchema = z.strictObject({
  source: slug().describe('Id of the article giving this account.'),
  date: z
    .strictObject({
      ...datedAsWritten(),
    })
    .optional()
    .describe('The date as this source gives it; left out when it gives none.'),
  setting: z
    .string()
    .min(1)
    .optional()
    .describe('Setting or venue as the source gives it; left out when it gives none.'),
  actors: z.array(z.string().min(1)).describe('People or bodies the source names as acting.'),
  numbers: z
    .array(
      z.strictObject({
        label: z.string().min(1).describe('What is counted or measured.'),
        asWritten: z.string().min(1).describe('The number as the source writes it.'),
        value: z.number().describe('The value in a comparable unit.'),
        unit: z.string().min(1).describe('The unit of `value`.'),
      }),
    )
    .describe('Numbers the source gives.'),
  wording: z.array(z.string().min(1)).describe('The characterising words the source puts on the fact, verbatim.'),
  paragraphs: z
    .array(z.string().regex(PARAGRAPH_REF_PATTERN))
    .describe('Paragraphs where the account is given, as `<article>#<paragraph>`, when the content names them.'),
  /** Whether an editor has reviewed the account: a drafted one is not yet the briefing's reading (since 1.1). */
  review: review(),
});

/** When a fact happened, as the briefing settles it. */
export const factDateSchema = z
  .strictObject({
    start: partialDate().describe('First (or only) date: YYYY-MM-DD, YYYY-MM or YYYY; the form is the precision.'),
    end: partialDate().optional().describe('Last date of a range, same forms; left out for a single date.'),
    precision: precision().describe('How precisely the date is known (the precision of `start`).'),
  })
  .describe('When it happened, as the briefing settles it; left out for undated context.');

/** One fact of the briefing. */
export const exportedFactSchema = z.strictObject({
  id: slug().describe('Stable id of the fact (part of its address).'),
  title: z.string().min(1).describe('Short title.'),
  kind: z.enum(FACT_KINDS).describe('What sort of fact it is.'),
  /** When it happened; left out for undated context. */
  date: factDateSchema.optional(),
  summary: z.string().min(1).describe('One neutral paragraph summarising the fact strictly from the sources.'),
  url: z.url().describe("Absolute address of the fact's page."),
  related: z.array(slug()).describe('Ids of related facts.'),
  mentions: z.array(mentionSchema).describe('Every passage that mentions the fact, in article then document order.'),
  accounts: z.array(accountSchema).describe('How each source tells the fact, where details can be compared.'),
});

/** `/data/facts.json`. */
export const factsExportSchema = envelope(
  'facts',
  'Every fact of the briefing with the passages that mention it and how each source tells it.',
  {
    facts: z.array(exportedFactSchema).describe('The facts, ordered by id.'),
  },
);

/* ---------- sources ---------- */

/** A paragraph reference resolved to its address. */
const paragraphLinkSchema = z.strictObject({
  article: slug().describe('Id of the article.'),
  paragraph: z.string().min(1).describe('Id of the paragraph.'),
  url: z.url().describe('Absolute address of the paragraph.'),
});

/** A source article with its metadata and their provenance. */
export const exportedArticleSchema = z.strictObject({
  id: slug().describe('Stable id of the article (part of its address).'),
  url: z.url().describe("Absolute address of the article's page in the briefing."),
  original: z.url().describe('Absolute address of the text exactly as received (plain text).'),
  added: z.iso.date().describe('Day the briefing added the source (editorial metadata).'),
  metadata: z
    .strictObject({
      /** The headline as printed. */
      title: metadataField(() => z.string().min(1), 'The headline as printed.'),
      /** The outlet that published the article. */
      publisher: metadataField(() => z.string().min(1), 'The outlet that published the article.'),
      /** The byline as printed. */
      byline: metadataField(() => z.string().min(1), 'The byline as printed.'),
      /** Publication date. */
      published: metadataField(() => z.iso.date(), 'Publication date.'),
      /** The article's address on the publisher's site. */
      url: metadataField(() => z.url(), "The article's address on the publisher's site."),
      /** BCP 47 language tag of the text. */
      language: metadataField(() => z.string().min(2), 'BCP 47 language tag of the text.'),
    })
    .describe('What the article states about itself; each field says whether it is stated, not stated or inferred.'),
  cites: z.array(slug()).describe('Ids of the cited sources the article cites or embeds.'),
  facts: z.array(slug()).describe('Ids of the facts the article mentions, in order of first mention.'),
});

/** An outlet, post or document that an article cites. */
export const exportedCitedSourceSchema = z.strictObject({
  id: slug().describe('Stable id of the cited source.'),
  url: z.url().describe('Absolute address of its entry on the sources page.'),
  name: z.string().min(1).describe('Name of the outlet or account, as the citing article gives it.'),
  kind: z.enum(['listed-source', 'embedded-post', 'linked-source']).describe('How it is referred to.'),
  metadata: z
    .strictObject({
      /** Title of the cited item. */
      title: metadataField(() => z.string().min(1), 'Title of the cited item.'),
      /** Address of the cited item. */
      url: metadataField(() => z.url(), 'Address of the cited item.'),
      /** Date of the cited item. */
      date: metadataField(() => z.iso.date(), 'Date of the cited item.'),
    })
    .describe('What the citing article gives about the cited item.'),
  citedBy: z.array(slug()).describe('Ids of the articles that cite it.'),
  appearsIn: z.array(paragraphLinkSchema).describe('The paragraphs where it appears.'),
});

/** `/data/sources.json`. */
export const sourcesExportSchema = envelope(
  'sources',
  'The source articles of the briefing with their metadata, and the sources they cite.',
  {
    articles: z.array(exportedArticleSchema).describe('The source articles, ordered by id.'),
    citedSources: z
      .array(exportedCitedSourceSchema)
      .describe('The outlets, posts and documents the articles cite, ordered by id.'),
  },
);

/* ---------- timeline ---------- */

/** One source's date for a fact, where the sources' dates cannot all be right. */
export const conflictingDateSchema = z.strictObject({
  source: slug().describe('Id of the article.'),
  ...datedAsWritten(),
  /** Whether an editor has reviewed the account this date comes from (since 1.1). */
  review: review(),
});

/** One dated fact on the timeline. */
export const timelineEntrySchema = z.strictObject({
  fact: slug().describe('Id of the fact.'),
  title: z.string().min(1).describe('Title of the fact.'),
  kind: z.enum(FACT_KINDS).describe('What sort of fact it is.'),
  start: partialDate().describe('First (or only) date: YYYY-MM-DD, YYYY-MM or YYYY.'),
  end: partialDate().optional().describe('Last date of a range; left out for a single date.'),
  precision: precision().describe('How precisely the date is known.'),
  url: z.url().describe("Absolute address of the fact's page."),
  sources: z.array(slug()).describe('Ids of the articles that mention the fact.'),
  conflictingDates: z
    .array(conflictingDateSchema)
    .describe("Each source's own date where they cannot all be right; empty when the sources agree."),
});

/** `/data/timeline.json`. */
export const timelineExportSchema = envelope(
  'timeline',
  'The dated facts in chronological order, with the dates the sources disagree on.',
  {
    entries: z
      .array(timelineEntrySchema)
      .describe('Dated facts in chronological order (then by end date, then by id).'),
  },
);

/* ---------- comparison ---------- */

/** A detail on which the sources' versions cannot all be right, or that they frame differently. */
export const discrepancySchema = z.strictObject({
  field: z.enum(['date', 'setting', 'number', 'wording']).describe('Which detail differs.'),
  label: z.string().min(1).describe('Readable name of the detail.'),
  standing: z
    .enum(['confirmed', 'unconfirmed'])
    .describe(
      'confirmed: the reviewed accounts alone already differ on this detail; unconfirmed: the difference rests on values drafted from the text and not yet reviewed by an editor (the site shows it as unconfirmed, below confirmed ones). Since 1.3.',
    ),
  versions: z
    .array(
      z.strictObject({
        source: slug().describe('Id of the article.'),
        value: z.string().min(1).describe('The version as the source writes it.'),
        note: z.string().min(1).optional().describe('How the version was read, when that needs saying.'),
        /** Whether an editor has reviewed the account this version comes from (since 1.1). */
        review: review(),
      }),
    )
    .describe("Each source's version, as it writes it."),
  values: z
    .strictObject({
      amounts: z.array(z.number()).min(2).describe('Each distinct value, smallest first.'),
      unit: z.string().min(1).describe('The unit they are given in, e.g. "seats", "%", "km".'),
    })
    .optional()
    .describe(
      'For a number the sources give in one unit: the values side by side, smallest first ("315 or 316 seats"). Since 1.2.',
    ),
});

/** How one fact is covered and told across the sources. */
export const factComparisonSchema = z.strictObject({
  fact: slug().describe('Id of the fact.'),
  title: z.string().min(1).describe('Title of the fact.'),
  url: z.url().describe("Absolute address of the fact's page."),
  coverage: z
    .strictObject({
      articles: z.array(slug()).describe('Ids of the articles that mention the fact, ordered by id.'),
      only: slug()
        .optional()
        .describe('The one article that mentions it, when only one of several does; left out otherwise.'),
    })
    .describe('Which articles mention the fact.'),
  accounts: z
    .array(
      z.strictObject({
        source: slug().describe('Id of the article whose account is compared.'),
        /** Whether an editor has reviewed the account. */
        review: review(),
        alsoCarriedBy: z
          .array(slug())
          .describe('Other articles carrying the same wire story: counted once, through this account.'),
      }),
    )
    .describe(
      "The accounts compared, one per story (a wire story carried by several outlets is counted once), in the fact file's order. Since 1.1.",
    ),
  discrepancies: z
    .array(discrepancySchema)
    .describe(
      'Details on which the sources differ; empty when they agree. The briefing does not decide which is right.',
    ),
});

/** `/data/comparison.json`. */
export const comparisonExportSchema = envelope(
  'comparison',
  'For every fact, which sources cover it and the details on which they differ.',
  {
    facts: z.array(factComparisonSchema).describe('One entry per fact, ordered by fact id.'),
  },
);

/** The schema of each export, by name. */
export const exportSchemas = {
  facts: factsExportSchema,
  sources: sourcesExportSchema,
  timeline: timelineExportSchema,
  comparison: comparisonExportSchema,
} as const satisfies Record<ExportName, z.ZodType>;

export type FactsExport = z.infer<typeof factsExportSchema>;
export type SourcesExport = z.infer<typeof sourcesExportSchema>;
export type TimelineExport = z.infer<typeof timelineExportSchema>;
export type ComparisonExport = z.infer<typeof comparisonExportSchema>;
export type ExportEnvelope = Pick<FactsExport, '$schema' | 'version' | 'generated'>;
