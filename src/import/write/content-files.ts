import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ImportError } from '../import-error';
import { readFrontmatterFile } from '../../loader/frontmatter';
import type { ImportPlan } from '../plan-import';

/** Where an import reads and writes, under one content root (`content/` unless `--content-dir`). */
export interface ContentPaths {
  root: string;
  articles: string;
  originals: string;
  facts: string;
}

export function contentPaths(root: string): ContentPaths {
  return { root, articles: join(root, 'articles'), originals: join(root, 'originals'), facts: join(root, 'facts') };
}

/** Checks that the content root looks like the project's, so that a wrong folder is not filled. */
export function checkContentRoot(paths: ContentPaths): void {
  for (const dir of [paths.articles, paths.originals, paths.facts]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new ImportError(
        `there is no folder ${dir}`,
        'run the importer from the project root, or pass --content-dir <folder with articles/, originals/ and facts/>',
      );
    }
  }
}

/** Ids in use: the article file names and every former id listed in their `aliases`. */
export function takenArticleIds(articlesDir: string): Set<string> {
  const taken = new Set<string>();
  for (const name of readdirSync(articlesDir)) {
    if (!name.endsWith('.md')) continue;
    taken.add(basename(name, '.md'));
    const { data } = readFrontmatterFile(readFileSync(join(articlesDir, name), 'utf8'), name);
    if (Array.isArray(data.aliases)) for (const alias of data.aliases) if (typeof alias === 'string') taken.add(alias);
  }
  return taken;
}

/**
 * Refuses an input already kept byte for byte in `originals/` when no `--id` is given: the same file
 * imported again would be a second article of one source (derived ids are made unique, so the id no
 * longer stops it). With `--id` the copy is written, and the report warns that its text is known.
 */
export function refuseSecondImport(paths: ContentPaths, bytes: Uint8Array): void {
  for (const name of readdirSync(paths.originals)) {
    const file = join(paths.originals, name);
    const stats = statSync(file);
    if (!stats.isFile() || stats.size !== bytes.byteLength) continue;
    if (Buffer.from(bytes).equals(readFileSync(file))) {
      const id = name.replace(/\.[^.]*$/u, '');
      throw new ImportError(
        `this file was imported already: it is the original of the article "${id}" (${file}), which already exists; nothing was written`,
        `nothing to do if that import worked; if it failed, remove ${id}'s article and original first; to keep a second copy on purpose, give it an id with --id <new-id>`,
      );
    }
  }
}

/**
 * Writes the original and the article, refusing to replace anything (`wx`). If the article cannot be
 * written, the original just written is removed again: an import leaves both files or neither.
 */
export function writeImport(paths: ContentPaths, plan: ImportPlan): { article: string; original: string } {
  const original = join(paths.originals, plan.originalName);
  const article = join(paths.articles, plan.articleName);
  for (const target of [original, article]) {
    if (existsSync(target)) {
      throw new ImportError(`${target} already exists; nothing was written`, 'choose another id with --id <new-id>');
    }
  }
  writeFileSync(original, plan.originalBytes, { flag: 'wx' });
  try {
    writeFileSync(article, plan.article, { flag: 'wx' });
  } catch (error) {
    unlinkSync(original);
    throw error;
  }
  return { article, original };
}
