import { knownValue } from './labels';
import type { ArticleData } from '../../schemas/article';
import type { ArticleBlock } from '../../schemas/article-block';

/** Share of the shorter text's paragraphs found word for word in the other beyond which two articles are one story. */
const SAME_STORY_SHARE = 0.5;
/** Paragraphs shorter than this (a dateline, "Advertisement", a credit) say nothing about identity. */
const MIN_PARAGRAPH = 40;
/** An article with fewer substantial paragraphs than this is too short to be told apart from a quotation. */
const MIN_PARAGRAPHS = 2;

/** One story as the briefing counts it: a wire story carried by several outlets is one story. */
export interface Story {
  /** The article that stands for the story: the first published (then added, then by id). */
  lead: string;
  /** The other articles carrying the same copy, in reading order. */
  carriers: string[];
}

const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Groups articles that carry the same copy — one wire story run by several outlets, trimmed or
 * re-headlined — into stories: two articles are one story when at least half of the shorter one's
 * substantial paragraphs appear word for word in the other. Stories are what comparisons count, so
 * one story's carriers never outvote a single report. Every article is in exactly one story.
 */
export function wireStories(
  articles: ReadonlyArray<{
    id: string;
    data: Pick<ArticleData, 'published' | 'added'>;
    blocks: readonly ArticleBlock[];
  }>,
): Story[] {
  const ordered = [...articles].sort(
    (a, b) =>
      (knownValue(a.data.published) ?? '9999').localeCompare(knownValue(b.data.published) ?? '9999') ||
      a.data.added.localeCompare(b.data.added) ||
      a.id.localeCompare(b.id),
  );
  const paragraphs = new Map(
    ordered.map((article) => [
      article.id,
      new Set(
        article.blocks
          .filter((b) => b.kind !== 'heading')
          .map((b) => comparable(b.text))
          .filter((t) => t.length >= MIN_PARAGRAPH),
      ),
    ]),
  );
  // Which articles hold each paragraph: only articles sharing one are ever compared.
  const holders = new Map<string, string[]>();
  for (const [id, texts] of paragraphs)
    for (const text of texts) {
      const holding = holders.get(text);
      if (holding) holding.push(id);
      else holders.set(text, [id]);
    }

  const leadOf = new Map<string, string>();
  const stories = new Map<string, Story>();
  for (const article of ordered) {
    const own = paragraphs.get(article.id) ?? new Set<string>();
    const shared = new Map<string, number>();
    for (const text of own)
      for (const other of holders.get(text) ?? [])
        if (other !== article.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    const earlier = [...shared.entries()]
      .filter(([other, count]) => {
        const size = Math.min(own.size, paragraphs.get(other)?.size ?? 0);
        return leadOf.has(other) && size >= MIN_PARAGRAPHS && count / size >= SAME_STORY_SHARE;
      })
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    const lead = earlier ? (leadOf.get(earlier) ?? earlier) : article.id;
    leadOf.set(article.id, lead);
    if (lead === article.id) stories.set(lead, { lead, carriers: [] });
    else stories.get(lead)?.carriers.push(article.id);
  }
  return [...stories.values()];
}

/** The story each article belongs to, by article id. */
export function storyOf(stories: readonly Story[]): ReadonlyMap<string, Story> {
  return new Map(stories.flatMap((story) => [story.lead, ...story.carriers].map((id) => [id, story] as const)));
}
