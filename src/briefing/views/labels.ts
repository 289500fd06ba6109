import type { ArticleData } from '../../schemas/article';
import { formatDate } from '../../model/dates';
import type { ArticleBlock } from '../../schemas/article-block';

/** The value of a metadata field when the source states it or the briefing inferred it. */
export function knownValue<T>(field: { status: string; value?: T }): T | undefined {
  return field.status === 'not-stated' ? undefined : field.value;
}

/** A label is cut at a word boundary to about this many characters. */
const LABEL_LENGTH = 40;
/** An opening quoted as a label is cut shorter: citations keep it on one line, beside the text too. */
const OPENING_LENGTH = 25;

/**
 * A short name for an article in citations, from what is known of it, as a reader would name it: its
 * publisher, else the host of its address, else its headline, else — an article that states none of
 * these — its opening words in quotation marks (shortened at a word boundary); "Unattributed article"
 * only when it has no text either.
 */
export function sourceLabel(article: { data: ArticleData; blocks?: readonly ArticleBlock[] }): string {
  const publisher = knownValue(article.data.publisher);
  if (publisher) return publisher;
  const address = knownValue(article.data.url);
  if (address) return new URL(address).hostname.replace(/^www\./, '');
  const title = article.data.title.status === 'stated' ? article.data.title.value : undefined;
  if (title) return shortened(title, LABEL_LENGTH);
  const opening = article.blocks?.find((block) => block.kind === 'paragraph')?.text.trim();
  if (opening) return `“${shortened(opening, OPENING_LENGTH)}”`;
  return 'Unattributed article';
}

/** Labels of every source, each unique, and the sources only their ids could tell apart. */
export interface SourceLabels {
  labels: ReadonlyMap<string, string>;
  /** Sources with the same publisher, headline and date: told apart by their ids, which an editor should fix. */
  alike: string[][];
}

/**
 * A label for every source, unique across the briefing: the short label (publisher, else host, else
 * headline) where it is the only one with it; otherwise the short label and the publication date, or
 * and the headline where dates do not tell them apart ("Jiji Press, 28 January 2026", "Jiji Press:
 * Beijing protests…"), or both. Sources alike in all of these carry their id as well, and are listed
 * in `alike` so the build can say so.
 */
export function sourceLabels(
  articles: ReadonlyArray<{ id: string; data: ArticleData; blocks?: readonly ArticleBlock[] }>,
): SourceLabels {
  const labels = new Map<string, string>();
  const alike: string[][] = [];
  const byBase = new Map<string, Array<{ id: string; data: ArticleData; blocks?: readonly ArticleBlock[] }>>();
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    const base = sourceLabel(article);
    byBase.set(base, [...(byBase.get(base) ?? []), article]);
  }
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      labels.set(group[0]?.id ?? '', base);
      continue;
    }
    const date = (article: { data: ArticleData }) => {
      const published = knownValue(article.data.published);
      return published ? formatDate(published) : undefined;
    };
    const headline = (article: { data: ArticleData }) => {
      const title = article.data.title.status === 'stated' ? article.data.title.value : undefined;
      return title && title !== base ? shortened(title, 50) : undefined;
    };
    const candidates: Array<(article: { data: ArticleData }) => string | undefined> = [
      (a) => (date(a) ? `${base}, ${date(a)}` : undefined),
      (a) => (headline(a) ? `${base}: ${headline(a)}` : undefined),
      (a) => (headline(a) && date(a) ? `${base}: ${headline(a)}, ${date(a)}` : undefined),
    ];
    const chosen = candidates
      .map((make) => group.map(make))
      .find((made) => made.every((label) => label !== undefined) && new Set(made).size === made.length);
    if (chosen) {
      group.forEach((article, i) => labels.set(article.id, chosen[i] ?? base));
      continue;
    }
    // Alike in publisher, headline and date: the id tells them apart, and the build says so.
    const fallback = group.map(
      (a) =>
        candidates
          .map((make) => make(a))
          .filter((label) => label !== undefined)
          .at(-1) ?? base,
    );
    const counts = new Map<string, number>();
    for (const label of fallback) counts.set(label, (counts.get(label) ?? 0) + 1);
    group.forEach((article, i) => {
      const label = fallback[i] ?? base;
      labels.set(article.id, (counts.get(label) ?? 0) > 1 ? `${label} (${article.id})` : label);
    });
    const same = group.filter((_, i) => (counts.get(fallback[i] ?? base) ?? 0) > 1).map((article) => article.id);
    if (same.length > 1) alike.push(same);
  }
  return { labels, alike };
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…` : text;
}

/** The article's headline, or — when it states none — a label that says so and quotes its opening. */
export function articleHeadline(article: { data: ArticleData; blocks: readonly ArticleBlock[] }): {
  text: string;
  stated: boolean;
} {
  const title = article.data.title.status === 'stated' ? article.data.title.value : undefined;
  if (title) return { text: title, stated: true };
  const opening = article.blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const words = opening.split(/\s+/).slice(0, 10).join(' ');
  return { text: `Untitled article: “${words}…”`, stated: false };
}

/** Paragraph number (¶) of a block among the article's paragraphs and list items, 1-based. */
export function paragraphNumber(blocks: readonly ArticleBlock[], blockId: string): number | undefined {
  const numbered = blocks.filter((block) => block.kind !== 'heading');
  const index = numbered.findIndex((block) => block.id === blockId);
  return index === -1 ? undefined : index + 1;
}
