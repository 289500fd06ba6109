import { getCollection, type CollectionEntry } from 'astro:content';
import { buildFactGraph, type FactGraph } from '../briefing/graph';
import type { FramingData } from '../schemas/framing';
import { analysisReferencesOf } from '../briefing/analysis-references';
import { ContentError, type ContentProblem } from '../briefing/problems';
import type { ArticleBlock } from '../briefing/types';
import { validateReferences } from '../briefing/validate-references';
import { verifyQuotations } from '../briefing/verify-quotations';

/** Everything the pages render, computed once per build from the collections. */
export interface BriefingData {
  graph: FactGraph;
  analysis: CollectionEntry<'analysis'>[];
  /** Per article, the passages in the outlet's own voice (see content/framing/). */
  framing: ReadonlyMap<string, FramingData['passages']>;
  entries: { articles: CollectionEntry<'articles'>[]; facts: CollectionEntry<'facts'>[] };
}

let loading: Promise<BriefingData> | undefined;

/** Loads the collections, checks every cross-reference and builds the fact graph (once). */
export function loadBriefing(): Promise<BriefingData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<BriefingData> {
  const [articleEntries, factEntries, citedEntries, analysisEntries, framingEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('facts'),
    getCollection('citedSources'),
    getCollection('analysis'),
    getCollection('framing'),
  ]);
  const problems: ContentProblem[] = [];
  const articles = articleEntries.map((entry) => {
    const frontmatter = (entry.rendered?.metadata?.frontmatter ?? {}) as {
      blocks?: ArticleBlock[];
      duplicateIds?: string[];
      rawHtml?: Array<{ line: number; html: string }>;
      unsafeLinks?: Array<{ line: number; url: string }>;
    };
    const file = `content/articles/${entry.id}.md`;
    for (const id of frontmatter.duplicateIds ?? [])
      problems.push({ file, where: 'body', value: id, problem: `paragraph id {#${id}} is written more than once`, fix: 'give each paragraph its own id' });
    for (const { line, url } of frontmatter.unsafeLinks ?? [])
      problems.push({ file, where: `body line ${line}`, value: url.slice(0, 60), problem: 'a link address that could run script (it was removed)', fix: 'use an https: address or remove the link' });
    for (const { line, html } of frontmatter.rawHtml ?? [])
      problems.push({ file, where: `line ${line}`, value: html.slice(0, 60), problem: 'raw HTML in a source article (it is shown as text, never as markup)', fix: 'remove the HTML or write it as Markdown' });
    if ((entry.body ?? '').trim() === '')
      problems.push({ file, where: 'body', problem: 'the article has no text', fix: 'paste the article text below the frontmatter' });
    return { id: entry.id, data: entry.data, blocks: frontmatter.blocks ?? [] };
  });
  const facts = factEntries.map((entry) => ({ id: entry.id, data: entry.data }));
  const citedSources = citedEntries.map((entry) => ({ id: entry.id, data: entry.data }));
  const analysis = analysisEntries.map((entry) => analysisReferencesOf(entry.id, entry.data, entry.body ?? ''));

  const framing = framingEntries.map((entry) => ({ id: entry.id, data: entry.data }));
  problems.push(...validateReferences({ articles, facts, citedSources, analysis, framing }));
  problems.push(...verifyQuotations({ articles, facts, analysis: analysisEntries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' })) }));
  if (problems.length > 0) throw new ContentError(problems);

  return {
    graph: buildFactGraph({ articles, facts, citedSources }),
    analysis: analysisEntries,
    framing: new Map(framing.map((entry) => [entry.id, entry.data.passages])),
    entries: { articles: articleEntries, facts: factEntries },
  };
}
