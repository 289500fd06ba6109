import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from '../score/gold-sentences';
import type { LabelledArticle } from './score-set';
import { parseStoredArticle } from './stored-text';

/**
 * A folder of real articles collected as the development set's README says (one file per article,
 * header and stored text), with its labels (gold.json). Files the labels name but the folder lacks
 * are returned as `missing`, not guessed.
 */
export function readCollectedSet(folder: string, goldFile: string): { articles: LabelledArticle[]; missing: string[] } {
  if (!existsSync(goldFile)) throw new Error(`${goldFile}: no labels there → give them with --gold <gold.json>`);
  const gold = parseGold(readFileSync(goldFile, 'utf8'), goldFile);
  const articles: LabelledArticle[] = [];
  const missing: string[] = [];
  for (const [name, { sentences }] of Object.entries(gold.articles).sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(folder, name);
    if (!existsSync(file)) {
      missing.push(name);
      continue;
    }
    articles.push({ name, stored: parseStoredArticle(readFileSync(file, 'utf8')), sentences });
  }
  return { articles, missing };
}
