/** How far a hand-written text (the analysis, a fact's summary) is behind the sources it concerns. */
export interface Staleness {
  /** The sources it was written from that are still in the briefing. */
  writtenFrom: string[];
  /** How many sources it concerns now (written from, and added since). */
  total: number;
  /** The sources it concerns that were added after it was written, in the order given. */
  addedSince: string[];
}

/**
 * What a hand-written text was written from, against the sources it concerns now (`relevant`, in
 * reading order): undefined when the text records nothing (its staleness is not tracked).
 */
export function staleness(
  writtenFrom: readonly string[] | undefined,
  relevant: readonly string[],
): Staleness | undefined {
  if (!writtenFrom) return undefined;
  const from = new Set(writtenFrom);
  const kept = relevant.filter((id) => from.has(id));
  const addedSince = relevant.filter((id) => !from.has(id));
  return { writtenFrom: kept, total: kept.length + addedSince.length, addedSince };
}

/**
 * The sources a fact's summary concerns: those that mention the fact or give an account of it, in the
 * order of `articles` (pass them in reading order).
 */
export function sourcesConcerning(
  fact: { id: string; data: { accounts: ReadonlyArray<{ source: string }> } },
  articles: ReadonlyArray<{ id: string; blocks: ReadonlyArray<{ mentions: readonly string[] }> }>,
): string[] {
  return articles
    .filter(
      (article) =>
        article.blocks.some((b) => b.mentions.includes(fact.id)) ||
        fact.data.accounts.some((a) => a.source === article.id),
    )
    .map((a) => a.id);
}

/** What a tracked hand-written text is: the analysis entry or a fact's summary, by id. */
export type WrittenText = { kind: 'analysis' | 'summary'; id: string };

/**
 * Where the sources page lists the sources added since a text was written (`#added-since-analysis-<id>`,
 * `#added-since-summary-<fact id>`): the one place that list lives; pages link to it.
 */
export function addedSinceId(text: WrittenText): string {
  return `added-since-${text.kind}-${text.id}`;
}

/** Words that count sources in prose: "Two sources report it", "both sources", "one source says". */
const HAND_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?:of\s+the\s+)?sources?\b/giu;

/**
 * The places where a hand-written text counts the sources in its own words ("Two sources report it"):
 * such a count goes stale when sources are added, unlike `<SourceCount />`. Each phrase once, as written.
 */
export function handCountedSources(text: string): string[] {
  return [...new Set([...text.matchAll(HAND_COUNT)].map((match) => match[0]))];
}
