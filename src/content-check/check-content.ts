import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { ArticleInput } from '../briefing/graph';
import type { ContentProblem } from '../briefing/problems';
import { analysisReferencesOf } from '../briefing/analysis-references';
import { validateReferences, type AnalysisInput } from '../briefing/validate-references';
import { verifyQuotations } from '../briefing/verify-quotations';
import { analyseArticle } from '../markdown/analyse-article';
import { compileRecognisers } from '../recognition/compile-recognisers';
import { analysisSchema } from '../schemas/analysis';
import { articleSchema } from '../schemas/article';
import { citedSourceSchema } from '../schemas/cited-source';
import { factSchema } from '../schemas/fact';
import { framingSchema } from '../schemas/framing';
import { MAX_NESTING, nestingDepth } from './nesting-depth';
import { readContentFile } from './content-file';
import { readSourceFile } from './read-source-file';
import { zodProblems } from './zod-problems';

/** Articles larger than this are refused: a news article is a few tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** Originals (a saved web page may carry its scripts and styles) and other content files are capped too. */
export const MAX_ORIGINAL_BYTES = 10_000_000;
const MAX_DATA_BYTES = 1_000_000;

/** What the content check found: every problem in every file, and counts for the summary line. */
export interface ContentReport {
  problems: ContentProblem[];
  counts: { articles: number; facts: number; citedSources: number; analysis: number };
}

/**
 * Checks the whole `content/` folder before a build: every file parses, matches its schema, is safe,
 * and every reference between files resolves. Reports all problems at once; never stops at the first.
 */
export async function checkContent(root: string): Promise<ContentReport> {
  const problems: ContentProblem[] = [];
  const dir = (name: string) => join(root, 'content', name);

  const facts = readYamlEntries(root, 'content/facts', factSchema, problems);
  const citedSources = readYamlEntries(root, 'content/cited-sources', citedSourceSchema, problems);
  const framing = readYamlEntries(root, 'content/framing', framingSchema, problems);
  // Originals are published byte for byte: each must be a real file inside content/ (never a link to
  // the build's environment or to a file outside the project), checked before anything is read.
  for (const name of readdirIfPresent(dir('originals'))) {
    problems.push(...readContentFile(root, `content/originals/${name}`, MAX_ORIGINAL_BYTES).problems);
  }
  const { recognisers, problems: ruleProblems } = compileRecognisers(facts);
  problems.push(...ruleProblems);

  const articles: ArticleInput[] = [];
  for (const name of listFiles(dir('articles'), problems, 'content/articles', ['.md'])) {
    const relative = `content/articles/${name}`;
    const { text, problems: readProblems } = readSourceFile(root, relative, MAX_ARTICLE_BYTES);
    problems.push(...readProblems);
    if (text === undefined) continue;
    let frontmatter: unknown;
    let body: string;
    try {
      ({ frontmatter, content: body } = parseFrontmatter(text));
    } catch (error) {
      problems.push(yamlProblem(relative, error));
      continue;
    }
    const parsed = articleSchema.safeParse(frontmatter);
    if (!parsed.success) {
      problems.push(...zodProblems(relative, parsed.error, frontmatter));
      continue;
    }
    if (!existsSync(join(dir('originals'), parsed.data.original)) && !isLink(join(dir('originals'), parsed.data.original))) {
      problems.push({ file: relative, where: 'original', value: parsed.data.original, problem: 'no such file in content/originals/', fix: 'copy the text as received into content/originals/ under this name' });
    }
    if (body.trim() === '') {
      problems.push({ file: relative, where: 'body', problem: 'the article has no text', fix: 'paste the article text below the frontmatter' });
      continue;
    }
    const lineOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
    const nesting = nestingDepth(body);
    if (nesting.depth > MAX_NESTING) {
      problems.push({ file: relative, where: `line ${nesting.line + lineOffset}`, value: `${nesting.depth} levels`, problem: `lists or quotations are nested more than ${MAX_NESTING} levels deep`, fix: 'check that the right file was added; a news article nests a few levels at most' });
      continue;
    }
    try {
      const analysis = await analyseArticle(body, { recognisers, factHref: (id) => `/facts/${id}/`, path: relative, frontmatter: frontmatter as Record<string, unknown> });
      for (const id of analysis.duplicateIds)
        problems.push({ file: relative, where: 'body', value: `{#${id}}`, problem: 'this paragraph id is written more than once', fix: 'give each paragraph its own id' });
      for (const { line, html } of analysis.rawHtml)
        problems.push({ file: relative, where: `line ${line + lineOffset}`, value: html.slice(0, 80), problem: 'raw HTML in a source article', fix: 'remove it or write it as Markdown; sources are shown as text, never as markup' });
      for (const { line, url } of analysis.unsafeLinks)
        problems.push({ file: relative, where: `line ${line + lineOffset}`, value: url.slice(0, 80), problem: 'a link or image address that could run script', fix: 'use an https: address or remove the link' });
      articles.push({ id: basename(name, '.md'), data: parsed.data, blocks: analysis.blocks });
    } catch (error) {
      problems.push({ file: relative, where: 'body', problem: (error as Error).message.replace(/^[^:]*:\s*/, ''), fix: 'correct the Markdown as described' });
    }
  }

  const analysis: AnalysisInput[] = [];
  const analysisEntries: Array<{ id: string; data: z.infer<typeof analysisSchema>; body: string }> = [];
  for (const name of listFiles(dir('analysis'), problems, 'content/analysis', ['.mdx'])) {
    const relative = `content/analysis/${name}`;
    const { text, problems: readProblems } = readSourceFile(root, relative, MAX_DATA_BYTES);
    problems.push(...readProblems);
    if (text === undefined) continue;
    try {
      const { frontmatter, content } = parseFrontmatter(text);
      const parsed = analysisSchema.safeParse(frontmatter);
      if (!parsed.success) {
        problems.push(...zodProblems(relative, parsed.error, frontmatter));
        continue;
      }
      analysis.push(analysisReferencesOf(basename(name, '.mdx'), parsed.data, content));
      analysisEntries.push({ id: basename(name, '.mdx'), data: parsed.data, body: content });
    } catch (error) {
      problems.push(yamlProblem(relative, error));
    }
  }

  problems.push(...validateReferences({ articles, facts, citedSources, analysis, framing }));
  problems.push(...verifyQuotations({ articles, facts, analysis: analysisEntries }));
  return {
    problems,
    counts: { articles: articles.length, facts: facts.length, citedSources: citedSources.length, analysis: analysis.length },
  };
}

function readYamlEntries<S extends z.ZodType>(
  root: string,
  relativeDir: string,
  schema: S,
  problems: ContentProblem[],
): Array<{ id: string; data: z.infer<S> }> {
  const entries: Array<{ id: string; data: z.infer<S> }> = [];
  for (const name of listFiles(join(root, relativeDir), problems, relativeDir, ['.yaml'])) {
    const relative = `${relativeDir}/${name}`;
    const { text, problems: readProblems } = readSourceFile(root, relative, MAX_DATA_BYTES);
    problems.push(...readProblems);
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = loadYaml(text);
    } catch (error) {
      problems.push(yamlProblem(relative, error));
      continue;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(relative, parsed.error, data));
      continue;
    }
    entries.push({ id: basename(name, '.yaml'), data: parsed.data });
  }
  return entries;
}

/** Lists content files; a file with another extension would be silently ignored by the build, so say so. */
function listFiles(folder: string, problems: ContentProblem[], relativeDir: string, extensions: string[]): string[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const ok = extensions.some((ext) => name.endsWith(ext));
    if (!ok) problems.push({ file: `${relativeDir}/${name}`, where: 'file name', value: name, problem: `is not loaded: only ${extensions.join(', ')} files are read here`, fix: `rename it to end in ${extensions[0]} or move it out of ${relativeDir}/` });
    else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/.test(name)) problems.push({ file: `${relativeDir}/${name}`, where: 'file name', value: name, problem: 'the file name is the id and becomes part of an address', fix: 'use lower-case letters, digits and single hyphens, e.g. tv-remarks' + extensions[0] });
  }
  return names.filter((name) => extensions.some((ext) => name.endsWith(ext)) && /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/.test(name));
}

function readdirIfPresent(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => !name.startsWith('.')).sort() : [];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function yamlProblem(file: string, error: unknown): ContentProblem {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
  return {
    file,
    where: mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : 'frontmatter',
    problem: `the YAML does not parse: ${reason}`,
    fix: 'check indentation and quoting (a value containing ": " needs quotes)',
  };
}
