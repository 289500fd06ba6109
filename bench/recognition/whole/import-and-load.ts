import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as addSource } from '../../../scripts/add-source';
import { loadContent, type LoadedContent } from '../../../src/loader/load-content';
import type { StoredArticle } from './stored-text';

export interface ArticleToImport {
  /** The collected file's name (its key in the labels). */
  name: string;
  stored: StoredArticle;
}

export interface ImportOutcome {
  name: string;
  /** The id the importer gave it, when it imported. */
  articleId?: string;
  /** Whether the importer asked for an id (`--id`, as it does for a headline without Latin letters) and got one. */
  givenId?: boolean;
  /** The importer's refusal, or the loader's problems with the article it wrote. */
  problems: string[];
}

/**
 * Imports articles the way an editor would — `npm run add-source` with the publisher, publication date
 * and address the source page shows, no hand edits — into a scratch copy of a content folder, then
 * loads the whole briefing with the site's one loader (rendering, recognition, checks). The project's
 * own content is never touched; the scratch folder is removed afterwards.
 */
export async function importAndLoad(
  contentRoot: string,
  articles: readonly ArticleToImport[],
): Promise<{ outcomes: ImportOutcome[]; content: LoadedContent }> {
  const scratch = mkdtempSync(join(tmpdir(), 'recognition-eval-'));
  try {
    cpSync(join(contentRoot, 'content'), join(scratch, 'content'), { recursive: true });
    mkdirSync(join(scratch, 'inputs'));
    // A fixture briefing may start without articles: the importer needs their folders.
    for (const folder of ['articles', 'originals']) mkdirSync(join(scratch, 'content', folder), { recursive: true });
    const articlesDir = join(scratch, 'content/articles');
    const outcomes = articles.map((article): ImportOutcome => {
      const input = join(scratch, 'inputs', article.name.endsWith('.txt') ? article.name : `${article.name}.txt`);
      writeFileSync(input, article.stored.text);
      const before = new Set(readdirSync(articlesDir));
      const flags = [
        ...(article.stored.publisher ? ['--publisher', article.stored.publisher] : []),
        ...(article.stored.published
          ? ['--published', article.stored.published, '--added', article.stored.published]
          : []),
        ...(article.stored.url ? ['--url', article.stored.url] : []),
      ];
      const first = runAddSource(input, scratch, flags);
      // The importer asks for an id when it can make none (a Japanese headline): an editor gives one.
      const retried =
        first.code !== 0 && first.errors.includes('--id')
          ? runAddSource(input, scratch, [...flags, '--id', idFromName(article.name)])
          : undefined;
      const written = readdirSync(articlesDir).find((file) => !before.has(file) && file.endsWith('.md'));
      const outcome = retried ?? first;
      if (outcome.code !== 0 || !written)
        return { name: article.name, problems: [outcome.errors.trim() || `add-source exited with ${outcome.code}`] };
      return {
        name: article.name,
        articleId: written.slice(0, -'.md'.length),
        problems: [],
        ...(retried ? { givenId: true } : {}),
      };
    });
    const content = await loadContent(scratch, { base: '/' });
    for (const outcome of outcomes) {
      if (!outcome.articleId) continue;
      const own = `content/articles/${outcome.articleId}.md`;
      outcome.problems.push(
        ...content.problems
          .filter((problem) => problem.file === own)
          .map((problem) => `${problem.where}: ${problem.problem}`),
      );
    }
    return { outcomes, content };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runAddSource(input: string, scratch: string, flags: readonly string[]): { code: number; errors: string } {
  let errors = '';
  const code = addSource([input, '--content-dir', join(scratch, 'content'), ...flags], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (errors += text) },
  });
  return { code, errors };
}

/** An article id from a collected file's name, e.g. `24-livedoor-ja-tv-remarks.txt` → `eval-24-livedoor-ja-tv-remarks`. */
function idFromName(name: string): string {
  const words = name
    .replace(/\.[a-z]+$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `eval-${words || 'article'}`;
}
