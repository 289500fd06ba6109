import { distance } from 'fastest-levenshtein';

/**
 * The known name a mistyped one most likely meant ("tv-remark" → "tv-remarks"), for "did you mean …"
 * messages: the nearest by edit distance, if it is near enough to be a slip — at most a third of the
 * name's length (and at least 2 edits) — and no other name is as near. Undefined when nothing is.
 */
export function closestName(typed: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of known) {
    const found = distance(typed.toLowerCase(), name.toLowerCase());
    if (found < bestDistance) {
      best = name;
      bestDistance = found;
      tie = false;
    } else if (found === bestDistance && name !== best) {
      tie = true;
    }
  }
  return best !== undefined && best !== typed && bestDistance <= limit && !tie ? best : undefined;
}
