/** A stretch of a text, as offsets (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Spans that do not overlap one another (links, `:nofact[…]` spans), sorted once so that asking
 * whether a span touches any of them costs a binary search, not a scan: a paragraph of thousands of
 * links must not make recognition quadratic.
 */
export function spanSet(spans: readonly Span[]): { overlaps(span: Span): boolean } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return {
    overlaps(span) {
      // The last span starting before `span` ends is the only one that can overlap it, as none overlap.
      let low = 0;
      let high = sorted.length - 1;
      let candidate: Span | undefined;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const here = sorted[middle];
        if (here && here.start < span.end) {
          candidate = here;
          low = middle + 1;
        } else high = middle - 1;
      }
      return candidate !== undefined && candidate.end > span.start;
    },
  };
}

/** Sorted positions (text-node edges); whether one lies strictly inside a span, by binary search. */
export function positionSet(positions: readonly number[]): { inside(span: Span): boolean } {
  const sorted = [...positions].sort((a, b) => a - b);
  return {
    inside(span) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((sorted[middle] ?? 0) <= span.start) low = middle + 1;
        else high = middle;
      }
      const next = sorted[low];
      return next !== undefined && next < span.end;
    },
  };
}
