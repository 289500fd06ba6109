import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { addressCollisions } from '../briefing/checks/address-collisions';
import { editorWarnings } from '../briefing/checks/editor-warnings';
import { sourceLabels } from '../briefing/views/labels';
import { wireStories, type Story } from '../briefing/views/wire-stories';
import { completeAccounts, draftFromArticle, type BuildDraft } from '../drafting/complete-accounts';
import { correctionProblems } from '../briefing/views/changes-log';
import { repeatedSources } from '../briefing/checks/repeated-sources';
import type { CitedSourceInput, FactInput } from '../briefing/views/graph';
import type { ContentProblem } from '../model/problems';
import { validateReferences } from '../briefing/checks/validate-references';
import { verifyQuotations } from '../briefing/checks/verify-quotations';
import { compileRecognisers } from '../recognition/compile-recognisers';
import { compileCue } from '../recognition/cue';
import { citedSourceSchema } from '../schemas/cited-source';
import { factSchema } from '../schemas/fact';
import type { BriefingSettings } from '../schemas/briefing';
import { correctionSchema, type CorrectionData } from '../schemas/correction';
import { framingSchema, type FramingData } from '../schemas/framing';
import { readBriefingSettings } from './briefing-settings';
import { readContentFile } from './content-file';
import { listAllFiles } from './content-folder';
import { MAX_ORIGINAL_BYTES } from './limits';
import { readAnalysis, type LoadedAnalysis } from './read-analysis';
import { readArticles, type LoadedArticle } from './read-articles';
import { readYamlCollection } from './read-collection';
import { readContentText } from './read-text';
import { cachedDrafting, type DraftCache } from './draft-cache';
import type { RenderCache } from './render-cache';
import { cachedCues, type CueCache } from './cue-cache';
import type { YamlMemo } from './yaml-memo';
import { parseParagraphRef } from '../model/paragraph-ref';

export type { LoadedAnalysis } from './read-analysis';
export type { LoadedArticle } from './read-articles';

export { MAX_ORIGINAL_BYTES } from './limits';

/** Everything in `content/`, read once, validated, rendered and checked. */
export interface LoadedContent {
  articles: LoadedArticle[];
  /** The published facts, each with an account from every source that mentions it (drafted at build time where the file has none). */
  facts: FactInput[];
  /** Accounts the build drafted because no fact file holds one yet (shown as drafted; `npm run review` writes them down). */
  buildDrafts: BuildDraft[];
  /** Draft facts of `content/drafts/`: validated and checked, never published until an editor accepts them. */
  draftFacts: FactInput[];
  /** The articles as stories: one wire story carried by several outlets is one story. */
  stories: Story[];
  /** Each source's label, unique across the briefing (see `sourceLabels`). */
  labels: ReadonlyMap<string, string>;
  citedSources: CitedSourceInput[];
  analysis: LoadedAnalysis[];
  framing: Array<{ id: string; data: FramingData }>;
  /** Corrections and changes recorded by an editor (`content/corrections/`). */
  corrections: Array<{ id: string; data: CorrectionData }>;
  /** The briefing's settings (`content/briefing.yaml`); absent only when the file has problems. */
  settings?: BriefingSettings;
  /** Every problem in every file, of every kind; the content is publishable only when this is empty. */
  problems: ContentProblem[];
  /** What an editor should look at that does not stop the build. */
  warnings: ContentProblem[];
  /** Each original in `content/originals/` as received, by file name, to be published byte for byte. */
  originals: ReadonlyMap<string, Uint8Array>;
  /** How many articles this load rendered (the others came unchanged from the render cache). */
  rendered: number;
  /** Identifies the whole content: changes whenever any file changes. */
  digest: string;
}

export interface LoadOptions {
  /** The site's base path (`/` or `/briefing/`): fact links inside articles carry it. */
  base: string;
  /** Earlier renders, reused when an article's digest is unchanged. */
  cache?: RenderCache;
  /** Identifies the pipeline's code, so a changed plugin renders everything again (see pipeline-digest.ts). */
  pipelineDigest?: string;
  /** Accounts drafted before, reused while the fact's file and the article are unchanged (see draft-cache.ts). */
  drafts?: DraftCache;
  /** The rules' words compiled before, reused while no rule word and no pipeline code changed (see cue-cache.ts). */
  cues?: CueCache;
  /** YAML texts parsed before, by their text (see yaml-memo.ts); `save` is called once the load has read them all. */
  yaml?: YamlMemo & { save(): void };
}

/**
 * The one content loader: reads every file of `content/` once (through the sandboxed reader, with one
 * YAML library), validates it with the zod schemas, renders each article once through the briefing's
 * Markdown pipeline, and checks every reference and quotation. It never stops at the first problem:
 * a file that fails its schema is still read as far as it can be, so that problems of every kind in
 * every file are listed together.
 */
export async function loadContent(root: string, options: LoadOptions): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const whole = createHash('sha256')
    .update(options.base)
    .update(options.pipelineDigest ?? '');
  const readText = (file: string, maxBytes: number): string | undefined => {
    const { text, problems: found } = readContentText(root, file, maxBytes);
    problems.push(...found);
    whole.update(file).update(text ?? '\0unreadable');
    return text;
  };
  const readYamlFolder = <S extends z.ZodType>(folder: string, schema: S) => {
    const collection = readYamlCollection(root, folder, schema, options.yaml);
    problems.push(...collection.problems);
    for (const { file, text } of collection.texts) whole.update(file).update(text ?? '\0unreadable');
    return collection;
  };

  const settings = readBriefingSettings(root);
  problems.push(...settings.problems);
  const facts = readYamlFolder('content/facts', factSchema);
  const drafts = readYamlFolder('content/drafts', factSchema);
  const citedSources = readYamlFolder('content/cited-sources', citedSourceSchema);
  const framing = readYamlFolder('content/framing', framingSchema);
  const corrections = readYamlFolder('content/corrections', correctionSchema);
  const published = new Map<string, Uint8Array>();
  const originals = checkOriginals(root, problems, whole, published);
  // Each fact's recognition rules are compiled once here, so a broken rule is a problem of its file.
  // Their words are read by the English model, or come from the cue cache while no rule word changed.
  const cues = options.cues
    ? cachedCues([...facts.valid, ...drafts.valid], options.cues, options.pipelineDigest ?? '')
    : { compile: compileCue, save: () => {} };
  const { recognisers, problems: ruleProblems } = compileRecognisers(facts.valid, cues.compile);
  problems.push(...ruleProblems);
  // A draft's rules are compiled too, so that accepting it never publishes a broken rule.
  const draftIds = new Set(drafts.present);
  problems.push(...inDrafts(compileRecognisers(drafts.valid, cues.compile).problems, draftIds));
  cues.save();
  for (const id of drafts.present.filter((draft) => facts.present.includes(draft))) {
    problems.push({
      file: `content/drafts/${id}.yaml`,
      where: 'file name',
      value: id,
      problem: `a published fact already has the id "${id}" (content/facts/${id}.yaml)`,
      fix: 'rename the draft (its file name is its id), or delete it if it is the same fact',
    });
  }

  const rules = facts.valid.map((fact) => [fact.id, fact.data.kind, fact.data.date, fact.data.recognise]);
  const rulesDigest = createHash('sha256')
    .update(JSON.stringify(rules))
    .update(options.base)
    .update(options.pipelineDigest ?? '')
    .digest('hex');
  const read = await readArticles(root, readText, originals, {
    recognisers,
    base: options.base,
    rulesDigest,
    cache: options.cache,
    ...(options.yaml ? { yaml: options.yaml } : {}),
    unlinked: unlinkedPassages(facts.valid),
  });
  problems.push(...read.problems);
  const stories = wireStories(read.articles);
  // Every source that mentions a fact joins its comparison at once: missing accounts are drafted here.
  const digests = new Map(read.articles.map((article) => [article.id, article.digest]));
  const draft = options.drafts
    ? cachedDrafting(draftFromArticle, options.drafts, (id) => digests.get(id))
    : draftFromArticle;
  const completed = completeAccounts(facts.valid, read.articles, stories, draft);
  const analysis = readAnalysis(root, readText);
  problems.push(...analysis.problems);

  problems.push(
    ...validateReferences({
      articles: read.articles,
      facts: facts.valid,
      citedSources: citedSources.valid,
      analysis: analysis.references,
      framing: framing.valid,
      // Files that failed their schema still exist: references to them are not problems of their own.
      present: { articles: read.unvalidated, facts: facts.present, citedSources: citedSources.present },
    }),
  );
  problems.push(
    ...inDrafts(
      // Articles are passed as present only, so that their own checks are not made twice.
      validateReferences({
        articles: [],
        facts: drafts.valid,
        citedSources: [],
        present: { articles: [...read.articles, ...read.unvalidated], facts: [...facts.present, ...drafts.present] },
      }),
      draftIds,
    ),
  );
  problems.push(
    ...correctionProblems(corrections.valid, {
      factIds: new Set(facts.present),
      articleIds: new Set([...read.articles, ...read.unvalidated].map((a) => a.id)),
    }),
  );
  problems.push(
    ...addressCollisions({
      articles: read.articles.map((article) => ({
        file: article.file,
        id: article.id,
        aliases: article.data.aliases,
        original: article.data.original,
      })),
      facts: facts.valid.map((fact) => ({
        file: `content/facts/${fact.id}.yaml`,
        id: fact.id,
        aliases: fact.data.aliases,
      })),
    }),
  );
  problems.push(
    ...verifyQuotations({
      articles: [
        ...read.articles.map((article) => ({ ...article, original: originals.get(article.data.original) })),
        ...read.unvalidated,
      ],
      facts: [
        ...completed.facts,
        ...drafts.valid.map((draft) => ({ ...draft, file: `content/drafts/${draft.id}.yaml` })),
      ],
      citedSources: citedSources.valid,
      framing: framing.valid,
      analysis: analysis.analysis,
      corrections: corrections.valid,
    }),
  );
  const labels = sourceLabels(read.articles);
  options.yaml?.save();

  return {
    articles: read.articles,
    facts: completed.facts,
    buildDrafts: completed.drafted,
    draftFacts: drafts.valid,
    stories,
    labels: labels.labels,
    citedSources: citedSources.valid,
    analysis: analysis.analysis,
    framing: framing.valid,
    corrections: corrections.valid,
    ...(settings.settings ? { settings: settings.settings } : {}),
    problems,
    warnings: [
      ...read.warnings,
      ...repeatedSources(
        [...read.articles].sort((a, b) => a.data.added.localeCompare(b.data.added) || a.id.localeCompare(b.id)),
      ),
      ...editorWarnings({
        articles: read.articles,
        facts: completed.facts,
        stories,
        analysis: analysis.analysis,
        alikeLabels: labels.alike,
        draftFacts: drafts.valid,
      }),
    ],
    originals: published,
    rendered: read.rendered,
    digest: whole.digest('hex'),
  };
}

/** Problems the shared checks report for `content/facts/<id>.yaml` that belong to a draft in `content/drafts/`. */
function inDrafts(problems: readonly ContentProblem[], draftIds: ReadonlySet<string>): ContentProblem[] {
  return problems.map((problem) => {
    const id = /^content\/facts\/(.+)\.yaml$/u.exec(problem.file)?.[1];
    return id && draftIds.has(id) ? { ...problem, file: `content/drafts/${id}.yaml` } : problem;
  });
}

/** Article id → block id → facts never linked from it (every fact's `unlinked` passages). */
function unlinkedPassages(facts: readonly FactInput[]): Map<string, Map<string, Set<string>>> {
  const byArticle = new Map<string, Map<string, Set<string>>>();
  for (const fact of facts) {
    for (const ref of fact.data.unlinked) {
      const { articleId, blockId } = parseParagraphRef(ref);
      const blocks = byArticle.get(articleId) ?? new Map<string, Set<string>>();
      blocks.set(blockId, (blocks.get(blockId) ?? new Set<string>()).add(fact.id));
      byArticle.set(articleId, blocks);
    }
  }
  return byArticle;
}

/**
 * Originals are published byte for byte: each must be a real file inside content/ (never a link to the
 * build's environment or to a file outside the project), checked before anything is read; each is read
 * once, here, and its bytes are kept in `published` for the page that serves it. Returns the
 * originals that may be published, with their text as a reader would read it (for the quotation
 * check of an article's metadata: a headline may be printed only in the original).
 */
function checkOriginals(
  root: string,
  problems: ContentProblem[],
  whole: ReturnType<typeof createHash>,
  published: Map<string, Uint8Array>,
): Map<string, string> {
  const originals = new Map<string, string>();
  for (const name of listAllFiles(root, 'content/originals')) {
    const read = readContentFile(root, `content/originals/${name}`, MAX_ORIGINAL_BYTES);
    problems.push(...read.problems);
    if (read.bytes) {
      originals.set(name, readableText(name, read.bytes));
      published.set(name, read.bytes);
      whole.update(name).update(read.bytes);
    }
  }
  return originals;
}

/** An original's text: a saved web page without its markup (tags dropped, common entities read). */
function readableText(name: string, bytes: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/\.html?$/i.test(name)) return text;
  // A Map, not an object: `&constructor;` in a page is text, not Object's constructor.
  const entities = new Map([
    ['amp', '&'],
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"],
    ['nbsp', ' '],
  ]);
  // A reference past the last code point (`&#x110000;`) is text too, not a crash of the build.
  const character = (codePoint: number, entity: string) =>
    codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) =>
      code.startsWith('#x')
        ? character(Number.parseInt(code.slice(2), 16), entity)
        : code.startsWith('#')
          ? character(Number(code.slice(1)), entity)
          : (entities.get(code.toLowerCase()) ?? entity),
    );
}
