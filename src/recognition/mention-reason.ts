/**
 * Why a passage was linked to a fact, so that the build report and the fact page can say it and an
 * editor can correct the rule. One per fact a passage mentions (see `ArticleBlock.mentionReasons`).
 */
export interface MentionReason {
  /** The fact's id. */
  fact: string;
  /**
   * `rule`: a line of the fact's `recognise.match`; `pattern`: one of its `recognise.patterns`;
   * `marked`: an editor wrote `:fact[…]{#id}` around the words.
   */
  by: 'rule' | 'pattern' | 'marked';
  /** The line or pattern as written in the fact file, e.g. "alliance + breaks". */
  rule?: string;
  /** The words of the passage that matched, one per part of the line, with the word list they matched. */
  cues: Array<{ list: string; words: string }>;
  /** The date in the passage that placed it within the fact's dates, when one did. */
  date?: { asWritten: string; value?: string };
}

/** A reason in one line for people: `alliance “alliance” + breaks “collapse”, dated “Monday” (2026-01-26)`. */
export function describeReason(reason: MentionReason): string {
  if (reason.by === 'marked') return `marked by hand: “${reason.cues[0]?.words ?? ''}”`;
  const cues = reason.cues.map((cue) => `${cue.list} “${cue.words}”`).join(' + ');
  const date = reason.date ? `, dated “${reason.date.asWritten}”${reason.date.value ? ` (${reason.date.value})` : ''}` : '';
  return reason.by === 'pattern' ? `pattern ${reason.rule ?? ''}: “${reason.cues[0]?.words ?? ''}”${date}` : `${cues}${date}`;
}
