import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ArticleInput } from '../briefing/views/graph';
import { ARTICLE_PAGE_IDS } from '../model/page-ids';
import type { ContentProblem } from '../model/problems';
import { paths, withBase } from '../model/paths';
import type { ArticleBlock } from '../schemas/article-block';
import { articleSchema } from '../schemas/article';
import type { Recognisers } from '../recognition/compile-recognisers';
import type { BlockIdProblem } from '../markdown/rehype-block-ids';
import type { RenderedHeading } from '../markdown/rehype-export-blocks';
import { listContentFolder } from './content-folder';
import { MAX_ARTICLE_BYTES } from './limits';
import { readFrontmatterFile } from './frontmatter';
import type { YamlMemo } from './yaml-memo';
import { markdownLimitProblems } from './markdown-limits';
import type { RenderCache, RenderedArticle } from './render-cache';
import { zodProblems } from './zod-problems';

/** An article as loaded: its metadata, its rendered HTML and the addressable blocks found in it. */
export interface LoadedArticle extends ArticleInput {
  /** Path from the project root, e.g. `content/articles/x.md`. */
  file: string;
  /** The body rendered by the briefing's Markdown pipeline (fact links included). */
  html: string;
  /** Its headings, for the page's contents. */
  headings: RenderedHeading[];
  /** Identifies the render: body, frontmatter, recognition rules, base path and pipeline code. */
  digest: string;
}

export interface ArticleRendering {
  /** The facts' compiled recognition rules. */
  recognisers: Recognisers;
  /** The site's base path, for fact links. */
  base: string;
  /** Identifies the rules and the pipeline's code, part of each article's digest. */
  rulesDigest: string;
  cache?: RenderCache;
  /** Frontmatter parsed before (see yaml-memo.ts). */
  yaml?: YamlMemo;
  /** Article id → its block ids → facts never linked from them (the facts' `unlinked`). */
  unlinked?: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

/**
 * Reads, validates and renders every article of `content/articles/`, each once (or not at all, when
 * the render cache holds its digest). An article whose frontmatter does not parse or fails the schema
 * is still rendered, so the problems in its body and the references into it are checked too; it is
 * returned in `unvalidated` rather than `articles`.
 */
export async function readArticles(
  root: string,
  read: (file: string, maxBytes: number) => string | undefined,
  originals: ReadonlyMap<string, string>,
  rendering: ArticleRendering,
): Promise<{
  articles: LoadedArticle[];
  unvalidated: Array<{ id: string; blocks: ArticleBlock[] }>;
  rendered: number;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}> {
  const listed = listContentFolder(root, 'content/articles', '.md');
  const problems = [...listed.problems];
  const warnings: ContentProblem[] = [];
  const articles: LoadedArticle[] = [];
  const unvalidated: Array<{ id: string; blocks: ArticleBlock[] }> = [];
  let rendered = 0;
  for (const name of listed.names) {
    const file = `content/articles/${name}`;
    const text = read(file, MAX_ARTICLE_BYTES);
    if (text === undefined) continue;
    const { data: frontmatter, body, bodyLineOffset, problem } = readFrontmatterFile(text, file, rendering.yaml);
    if (problem) problems.push(problem);
    const checked = articleSchema.safeParse(frontmatter);
    if (!checked.success && !problem) problems.push(...zodProblems(file, checked.error, frontmatter));
    if (checked.success && !originals.has(checked.data.original)) {
      problems.push({
        file,
        where: 'original',
        value: checked.data.original,
        problem: 'no such file in content/originals/',
        fix: 'copy the text as received into content/originals/ under this name',
      });
    }
    if (body.trim() === '') {
      if (!problem)
        problems.push({
          file,
          where: 'body',
          problem: 'the article has no text',
          fix: 'paste the article text below the frontmatter',
        });
      continue;
    }
    const line = (bodyLine: number) => `line ${bodyLine + bodyLineOffset}`;
    const limits = markdownLimitProblems(file, body, bodyLineOffset);
    if (limits.length > 0) {
      problems.push(...limits);
      continue;
    }

    const id = basename(name, '.md');
    const unlinked = rendering.unlinked?.get(id);
    const removed = unlinked
      ? JSON.stringify([...unlinked].map(([block, facts]) => [block, [...facts].sort()]).sort())
      : '';
    const digest = createHash('sha256')
      .update(rendering.rulesDigest)
      .update(JSON.stringify(frontmatter))
      .update(removed)
      .update(body)
      .digest('hex');
    let render: RenderedArticle | undefined = rendering.cache?.get(digest);
    if (!render) {
      try {
        // The Markdown pipeline (and the recognition it runs) is loaded only when an article is rendered:
        // a build whose articles all come from the render cache never imports it.
        const { analyseArticle } = await import('../markdown/analyse-article');
        render = await analyseArticle(body, {
          recognisers: rendering.recognisers,
          factHref: (factId) => withBase(rendering.base, paths.fact(factId)),
          path: file,
          frontmatter,
          ...(unlinked ? { unlinked } : {}),
        });
      } catch (error) {
        problems.push({
          file,
          where: 'body',
          problem: (error as Error).message.replace(/^[^:]*:\s*/, ''),
          fix: 'correct the Markdown as described',
        });
        continue;
      }
      rendered++;
      rendering.cache?.set(digest, render);
    }
    for (const found of render.blockIdProblems)
      problems.push({ file, where: found.line === undefined ? 'body' : line(found.line), ...blockIdProblem(found) });
    for (const { line: at, html } of render.rawHtml)
      problems.push({
        file,
        where: line(at),
        value: html.slice(0, 80),
        problem: 'raw HTML in a source article',
        fix: 'remove it or write it as Markdown; sources are shown as text, never as markup',
      });
    for (const { line: at, url } of render.unsafeLinks)
      problems.push({
        file,
        where: line(at),
        value: url.slice(0, 80),
        problem: 'a link or image address that could run script',
        fix: 'use an https: address or remove the link',
      });

    for (const { line: at, url } of render.remoteImages)
      warnings.push({
        file,
        where: line(at),
        value: url.slice(0, 80),
        problem: 'an image from another site is shown as a link to it (readers’ browsers never fetch it)',
        fix: 'nothing to do; or save the image into public/ and refer to it there if it matters to the story',
      });

    if (checked.success)
      articles.push({
        id,
        file,
        data: checked.data,
        blocks: render.blocks,
        html: render.html,
        headings: render.headings ?? [],
        digest,
      });
    else unvalidated.push({ id, blocks: render.blocks });
  }
  return { articles, unvalidated, rendered, problems, warnings };
}

/** What is wrong with an id written in an article, and what to write instead. */
function blockIdProblem({ kind, id }: BlockIdProblem): Pick<ContentProblem, 'value' | 'problem' | 'fix'> {
  if (kind === 'repeated')
    return {
      value: `{#${id}}`,
      problem: 'this paragraph id is written more than once',
      fix: 'give each paragraph its own id',
    };
  if (kind === 'reserved')
    return {
      value: `{#${id}}`,
      problem: `the article page uses the id "${id}" for its own part, so the page would have it twice`,
      fix: `give the block another id, e.g. {#p-${id}} (the page's own ids are ${[...ARTICLE_PAGE_IDS].join(', ')})`,
    };
  return {
    value: `{#${id}}`,
    problem:
      'this looks like the block’s id, but Markdown read part of it as formatting, so it shows as text and the block has no such id',
    fix: `use an id of lower-case letters, digits and hyphens, e.g. {#p-${id}} (or write a backslash before each _ or * in it)`,
  };
}
