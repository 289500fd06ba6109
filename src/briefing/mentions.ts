/** A rule set for recognising one fact in text. */
export interface FactMatcher {
  /** The fact's id. */
  id: string;
  /** Regular expression sources (case-insensitive, Unicode). */
  patterns: readonly string[];
}

/** One place in a text where a fact is mentioned. */
export interface Mention {
  factId: string;
  start: number;
  end: number;
  text: string;
}

/** Compiles rule sets once; an invalid pattern throws an error naming the fact and the pattern. */
export function compileMatchers(matchers: readonly FactMatcher[]): Array<{ id: string; regex: RegExp }> {
  return matchers.flatMap((matcher) =>
    matcher.patterns.map((pattern) => {
      try {
        // Quotes are normalised in the pattern once here, and in the text at each search.
        return { id: matcher.id, regex: new RegExp(normaliseQuotes(pattern), 'giu') };
      } catch (error) {
        throw new Error(
          `content/facts/${matcher.id}.yaml: field "match" has an invalid regular expression ${JSON.stringify(pattern)} (${(error as Error).message}). Fix or remove the pattern.`,
        );
      }
    }),
  );
}

/** Typographic and plain quotes are treated alike when matching. */
function normaliseQuotes(text: string): string {
  return text.replace(/[“”„‟]/gu, '"').replace(/[‘’‚‛]/gu, "'");
}

/**
 * Finds the mentions of facts in a text: every match of every rule, then the earliest (and, at the same
 * start, the longest) wins where matches overlap, so each stretch of text links to at most one fact.
 */
export function findMentions(
  text: string,
  compiled: ReadonlyArray<{ id: string; regex: RegExp }>,
): Mention[] {
  const haystack = normaliseQuotes(text);
  const candidates: Mention[] = [];
  for (const { id, regex } of compiled) {
    regex.lastIndex = 0;
    for (const found of haystack.matchAll(regex)) {
      if (found[0].length === 0) continue;
      const start = found.index;
      candidates.push({ factId: id, start, end: start + found[0].length, text: text.slice(start, start + found[0].length) });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.factId.localeCompare(b.factId));
  const chosen: Mention[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen;
}
