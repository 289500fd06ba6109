import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildFactGraph, type FactGraph } from '../briefing/graph';
import type { FramingData } from '../schemas/framing';
import { ContentError } from '../briefing/problems';
import { contentStamp, LOAD_REPORT_ID } from '../content-layer/briefing-loader';

/** Everything the pages render, computed once per load of the content from the collections. */
export interface BriefingData {
  graph: FactGraph;
  analysis: CollectionEntry<'analysis'>[];
  /** Per article, the passages in the outlet's own voice (see content/framing/). */
  framing: ReadonlyMap<string, FramingData['passages']>;
  entries: { articles: CollectionEntry<'articles'>[]; facts: CollectionEntry<'facts'>[] };
}

let loaded: { digest: string; briefing: Promise<BriefingData> } | undefined;

/**
 * The briefing, built once from the collections the loader filled (which has already checked every
 * reference and quotation). While the content has problems — in `astro dev`, after an edit — this
 * throws them, so the page shows Astro's error overlay with every problem instead of stale content.
 */
export async function loadBriefing(): Promise<BriefingData> {
  const content = import.meta.env.DEV ? await freshContent() : { getCollection, getEntry };
  const report = await content.getEntry('loadReport', LOAD_REPORT_ID);
  if (!report) throw new Error('The content has not been loaded (no load report): run the build again.');
  if (report.data.problems.length > 0) throw new ContentError(report.data.problems);
  if (loaded?.digest !== report.data.digest) loaded = { digest: report.data.digest, briefing: assemble(content.getCollection) };
  return loaded.briefing;
}

/**
 * In `astro dev`, Astro's content functions once their data describes the files as they are now:
 * after an edit the loader reloads the content and Astro swaps its data store in a moment later, so a
 * request that arrives in between waits for the new store rather than being answered from the old one.
 */
async function freshContent(): Promise<Pick<typeof import('astro:content'), 'getCollection' | 'getEntry'>> {
  const root = process.cwd();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const content = await import('astro:content');
    const report = await content.getEntry('loadReport', LOAD_REPORT_ID);
    if (!report || report.data.stamp === contentStamp(root) || Date.now() > deadline) return content;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function assemble(getCollection: typeof import('astro:content').getCollection): Promise<BriefingData> {
  const [articleEntries, factEntries, citedEntries, analysisEntries, framingEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('facts'),
    getCollection('citedSources'),
    getCollection('analysis'),
    getCollection('framing'),
  ]);
  const articles = articleEntries.map(({ id, data: { blocks, ...data } }) => ({ id, data, blocks }));
  return {
    graph: buildFactGraph({
      articles,
      facts: factEntries.map((entry) => ({ id: entry.id, data: entry.data })),
      citedSources: citedEntries.map((entry) => ({ id: entry.id, data: entry.data })),
    }),
    analysis: analysisEntries,
    framing: new Map(framingEntries.map((entry) => [entry.id, entry.data.passages])),
    entries: { articles: articleEntries, facts: factEntries },
  };
}
