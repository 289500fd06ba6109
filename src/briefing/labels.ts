import type { ArticleData } from '../schemas/article';
import type { ArticleBlock } from '../schemas/article-block';

/** The value of a metadata field when the source states it or the briefing inferred it. */
export function knownValue<T>(field: { status: string; value?: T }): T | undefined {
  return field.status === 'not-stated' ? undefined : field.value;
}

/**
 * A short name for an article in citations, from what is known of it: its publisher, else the host
 * of its address, else its headline (shortened), else "Unattributed article".
 */
export function sourceLabel(article: { data: ArticleData }): string {
  const publisher = knownValue(article.data.publisher);
  if (publisher) return publisher;
  const address = knownValue(article.data.url);
  if (address) return new URL(address).hostname.replace(/^www\./, '');
  const title = article.data.title.status === 'stated' ? article.data.title.value : undefined;
  if (title) return title.length > 40 ? `${title.slice(0, 39).replace(/\s+\S*$/, '')}…` : title;
  return 'Unattributed article';
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
