import type { MentionReason } from '../schemas/article-block';

/**
 * A reason in one line for people: `alliance “alliance” + breaks “collapse”, dated “Monday” (2026-01-26)`,
 * or for a paragraph that carries a fact on, `continues Takaichi’s televised remarks from ¶2 (quotation
 * of the same speaker: “she added”)`.
 */
export function describeReason(reason: MentionReason): string {
  if (reason.by === 'marked') return `marked by hand: “${reason.cues[0]?.words ?? ''}”`;
  if (reason.by === 'continued') {
    const where = reason.continues?.paragraph === 0 ? 'the headline' : `¶${reason.continues?.paragraph}`;
    const from = reason.continues ? ` ${reason.continues.title} from ${where}` : '';
    return `continues${from} (${reason.rule ?? 'continuation'}: “${reason.cues[0]?.words ?? ''}”)`;
  }
  const cues = reason.cues.map((cue) => `${cue.list} “${cue.words}”`).join(' + ');
  const date = reason.date
    ? `, dated “${reason.date.asWritten}”${reason.date.value ? ` (${reason.date.value})` : ''}`
    : '';
  return reason.by === 'pattern'
    ? `pattern ${reason.rule ?? ''}: “${reason.cues[0]?.words ?? ''}”${date}`
    : `${cues}${date}`;
}
