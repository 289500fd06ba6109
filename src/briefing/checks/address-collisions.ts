import { originalTextPath } from '../../model/originals';
import type { ContentProblem } from '../../model/problems';

/** An item that publishes pages: its id and former ids (each former id leaves a redirect page). */
interface Addressed {
  /** The file that defines it, e.g. `content/facts/tv-remarks.yaml`. */
  file: string;
  id: string;
  aliases: readonly string[];
}

/**
 * Addresses two things would both publish to, which a build would silently resolve by dropping one:
 * an alias that is the item's own id (its page would be replaced by a redirect to itself, a reload
 * loop), and two articles whose originals publish to the same `/originals/<name>.txt` (`x` and
 * `x.txt`, or one file named twice), so that one article would link to the other's text. Aliases
 * shared between items are reported by `validateReferences`.
 */
export function addressCollisions(input: {
  articles: ReadonlyArray<Addressed & { original: string }>;
  facts: readonly Addressed[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const item of [...input.articles, ...input.facts]) {
    item.aliases.forEach((alias, i) => {
      if (alias === item.id)
        problems.push({
          file: item.file,
          where: `aliases[${i}]`,
          value: alias,
          problem: 'an alias is a former id, but this is the current one: the page would become a redirect to itself',
          fix: 'remove this alias (list only ids the item no longer has)',
        });
    });
  }
  const byAddress = new Map<string, string>();
  for (const article of input.articles) {
    const address = originalTextPath(article.original);
    const earlier = byAddress.get(address);
    if (earlier === undefined) {
      byAddress.set(address, article.file);
      continue;
    }
    problems.push({
      file: article.file,
      where: 'original',
      value: article.original,
      problem: `its original would be published at ${address}, where ${earlier}’s original is published too`,
      fix: 'give each article its own original file, with a name that differs in more than a final .txt',
    });
  }
  return problems;
}
