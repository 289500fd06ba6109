import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledArticle } from './labelled-article';
import type { LabelledArticle } from './score-set';

/** Every labelled article (`*.txt`, see labelled-article.ts) of a folder, in file-name order. */
export function readLabelledFolder(folder: string): LabelledArticle[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, ...parseLabelledArticle(readFileSync(join(folder, name), 'utf8'), join(folder, name)) }));
}
