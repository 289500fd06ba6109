import type { ContentProblem } from '../../model/problems';
import type { ArticleBlock } from '../../schemas/article-block';

/** Share of an article's paragraphs found word for word in another article beyond which it is a repeat. */
const REPEAT_SHARE = 0.8;
/** Paragraphs shorter than this (a dateline, "Advertisement") say nothing about repetition. */
const MIN_PARAGRAPH = 40;

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Articles whose text is already in the briefing under another id (a second import of the same
 * story): most of their substantial paragraphs appear word for word in one earlier article. Wire copy
 * carried by two outlets is legitimate, so this is a warning, naming both files.
 */
export function repeatedSources(
  articles: ReadonlyArray<{ id: string; file: string; blocks: readonly ArticleBlock[] }>,
): ContentProblem[] {
  const owner = new Map<string, string>();
  const warnings: ContentProblem[] = [];
  for (const article of articles) {
    const paragraphs = article.blocks
      .filter((block) => block.kind !== 'heading')
      .map((block) => normalise(block.text))
      .filter((text) => text.length >= MIN_PARAGRAPH);
    const counts = new Map<string, number>();
    for (const text of paragraphs) {
      const earlier = owner.get(text);
      if (earlier) counts.set(earlier, (counts.get(earlier) ?? 0) + 1);
    }
    const [other, shared] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (other && shared && paragraphs.length > 0 && shared / paragraphs.length >= REPEAT_SHARE) {
      warnings.push({
        file: article.file,
        where: 'body',
        value: `${shared} of ${paragraphs.length} paragraphs`,
        problem: `its text is already in the briefing as content/articles/${other}.md`,
        fix: 'if it is the same article imported twice, delete this file and its original; if one outlet carried another’s wire story, keep both and say so in its publisher field',
      });
    }
    for (const text of paragraphs) if (!owner.has(text)) owner.set(text, article.id);
  }
  return warnings;
}
