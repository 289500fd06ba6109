import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildBriefing, type Briefing } from '../briefing/views/briefing';
import { briefingNames, type BriefingNames } from '../briefing/views/briefing-names';
import { ContentError } from '../model/problems';
import { contentStamp, LOAD_REPORT_ID } from '../content-layer/content-stamp';
import type { KeptOriginal } from '../content-layer/kept-originals';
import type { BriefingSettings } from '../schemas/briefing';
import type { Story } from '../briefing/views/wire-stories';
import type { FramingData } from '../schemas/framing';

/** Everything the pages render, built once per load of the content from the collections. */
export interface BriefingData {
  /** The fact graph and every view derived from it (see `buildBriefing`). */
  briefing: Briefing;
  /** The briefing's settings (`content/briefing.yaml`). */
  settings: BriefingSettings;
  /** The names the site gives itself (site, feed, calendar), made from the settings' title. */
  names: BriefingNames;
  /** The analysis entries, for Astro's `render()` (their data is validated by the loader). */
  analysis: CollectionEntry<'analysis'>[];
  /** Per article, the passages in the outlet's own voice (see content/framing/). */
  framing: ReadonlyMap<string, FramingData['passages']>;
  /** Where each original is kept as received, by file name, for the page that publishes it byte for byte. */
  originals: ReadonlyMap<string, KeptOriginal>;
  /** The article entries, for Astro's `render()`, by id. */
  articleEntries: ReadonlyMap<string, CollectionEntry<'articles'>>;
  /** The loader's digest of every content file and of the code that reads them: changes whenever anything shown could. */
  contentDigest: string;
}

type ContentFunctions = Pick<typeof import('astro:content'), 'getCollection' | 'getEntry'>;

let loaded: { digest: string; data: Promise<BriefingData> } | undefined;

/**
 * The briefing, built once from the collections the loader filled (which has already checked every
 * reference and quotation). While the content has problems — in `astro dev`, after an edit — this
 * throws them, never rendering stale content (the dev server shows them as a page: src/integration/dev-problems-page.ts).
 */
export async function loadBriefing(): Promise<BriefingData> {
  const content: ContentFunctions = import.meta.env.DEV ? await freshContent() : { getCollection, getEntry };
  const report = await content.getEntry('loadReport', LOAD_REPORT_ID);
  if (!report) throw new Error('The content has not been loaded (no load report): run the build again.');
  if (report.data.problems.length > 0) throw new ContentError(report.data.problems);
  const settings = report.data.settings;
  if (!settings)
    throw new Error('The content was loaded without its settings (content/briefing.yaml): run the build again.');
  if (loaded?.digest !== report.data.digest)
    loaded = { digest: report.data.digest, data: assemble(content.getCollection, settings, report.data) };
  return loaded.data;
}

/**
 * In `astro dev`, Astro's content functions once their data describes the files as they are now:
 * after an edit the loader reloads the content and Astro swaps its data store in a moment later, so a
 * request that arrives in between waits for the new store rather than being answered from the old one.
 */
async function freshContent(): Promise<ContentFunctions> {
  const root = process.cwd();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const content = await import('astro:content');
    const report = await content.getEntry('loadReport', LOAD_REPORT_ID);
    if (!report || report.data.stamp === contentStamp(root) || Date.now() > deadline) return content;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function assemble(
  getCollection: ContentFunctions['getCollection'],
  settings: BriefingSettings,
  found: { stories: Story[]; labels: Record<string, string>; digest: string },
): Promise<BriefingData> {
  const [
    articleEntries,
    factEntries,
    citedEntries,
    analysisEntries,
    framingEntries,
    correctionEntries,
    originalEntries,
  ] = await Promise.all([
    getCollection('articles'),
    getCollection('facts'),
    getCollection('citedSources'),
    getCollection('analysis'),
    getCollection('framing'),
    getCollection('corrections'),
    getCollection('originals'),
  ]);
  const pick = <T>(entries: ReadonlyArray<{ id: string; data: T }>) => entries.map(({ id, data }) => ({ id, data }));
  return {
    briefing: buildBriefing({
      articles: articleEntries.map(({ id, data: { blocks, ...data } }) => ({ id, data, blocks })),
      facts: pick(factEntries),
      citedSources: pick(citedEntries),
      corrections: pick(correctionEntries),
      analysis: pick(analysisEntries),
      stories: found.stories,
      labels: new Map(Object.entries(found.labels)),
    }),
    settings,
    names: briefingNames(settings),
    analysis: analysisEntries,
    framing: new Map(framingEntries.map((entry) => [entry.id, entry.data.passages])),
    originals: new Map(originalEntries.map((entry) => [entry.id, entry.data])),
    articleEntries: new Map(articleEntries.map((entry) => [entry.id, entry])),
    contentDigest: found.digest,
  };
}
