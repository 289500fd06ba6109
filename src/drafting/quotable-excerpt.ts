/** The longest quotation a drafted summary or report line carries. */
export const MAX_QUOTED = 200;

/**
 * Words of a source short enough to quote: the whole text when it fits, else cut at the last sentence
 * end, else the last clause break (a comma, semicolon, colon or dash; 、 or 。 in Japanese), else the
 * last space before `max` — never inside a word — and marked cut with “ …”, which the quotation check
 * reads as words left out (docs/quotations.md).
 */
export function quotableExcerpt(text: string, max = MAX_QUOTED): string {
  const whole = text.replace(/\s+/gu, ' ').trim();
  if ([...whole].length <= max) return whole;
  const head = [...whole].slice(0, max).join('');
  const cutAt = (pattern: RegExp) => {
    let last = -1;
    for (const match of head.matchAll(pattern))
      if (match.index + match[0].length >= max / 3) last = match.index + match[0].length;
    return last;
  };
  const end = [/[.!?。！？](?=\s|$)/gu, /[,;:、]|\s[—–]\s/gu, /\s/gu].map(cutAt).find((at) => at > 0) ?? head.length;
  const kept = head.slice(0, end).replace(/[\s,;:、—–-]+$/u, '');
  return `${kept} …`;
}
