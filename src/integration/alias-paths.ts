import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { paths } from '../briefing/paths';

/**
 * Old addresses of renamed facts and articles (their `aliases`), read before Astro loads collections so
 * the sitemap can leave these redirect pages out. Unreadable files are skipped: the content check
 * reports them.
 */
export function aliasPaths(root: string): string[] {
  const aliasesIn = (data: unknown): string[] => {
    const aliases = (data as { aliases?: unknown } | null)?.aliases;
    return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
  };
  const read = (dir: string, ext: string, parse: (text: string) => unknown, toPath: (id: string) => string) => {
    const folder = join(root, 'content', dir);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith(ext))
      .flatMap((name) => {
        try {
          return aliasesIn(parse(readFileSync(join(folder, name), 'utf8'))).map(toPath);
        } catch {
          return [];
        }
      });
  };
  return [
    ...read('facts', '.yaml', (text) => load(text), paths.fact),
    ...read('articles', '.md', (text) => parseFrontmatter(text).frontmatter, paths.article),
  ];
}
