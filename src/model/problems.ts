/** One thing wrong with the content, said so that an editor can fix it without reading code. */
export interface ContentProblem {
  /** The file, relative to the project root, e.g. `content/facts/tv-remarks.yaml`. */
  file: string;
  /** The field (dotted path) or `line N` where the problem is. */
  where: string;
  /** The offending value, when there is one. */
  value?: string;
  /** What is wrong. */
  problem: string;
  /** What to do about it. */
  fix: string;
  /** For warnings: what kind of thing to look at, e.g. "accounts not yet reviewed" (the summary line counts them by kind). */
  kind?: string;
}

/** Renders problems as one readable report, one block per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => {
    const value = p.value === undefined ? '' : ` (value: ${JSON.stringify(p.value)})`;
    return `✗ ${p.file} — ${p.where}${value}\n    ${p.problem}\n    → ${p.fix}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check found ${count}:\n\n${lines.join('\n\n')}\n`;
}

/**
 * Renders warnings: things an editor should look at that do not stop the build (a rule that matches
 * nothing, an image turned into a link, a source imported twice), with a summary line first. With
 * `shownPerKind`, only the first few of each kind are written out and the rest counted, so that a
 * briefing of a thousand unreviewed sources does not print three thousand lines (`npm run check`
 * lists them all).
 */
export function formatWarnings(warnings: readonly ContentProblem[], options: { shownPerKind?: number } = {}): string {
  const kinds = new Map<string, number>();
  for (const warning of warnings) if (warning.kind) kinds.set(warning.kind, (kinds.get(warning.kind) ?? 0) + 1);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const w of warnings) {
    const kind = w.kind ?? '';
    const seen = shown.get(kind) ?? 0;
    shown.set(kind, seen + 1);
    if (options.shownPerKind !== undefined && seen >= options.shownPerKind) continue;
    const value = w.value === undefined ? '' : ` (value: ${JSON.stringify(w.value)})`;
    lines.push(`⚠ ${w.file} — ${w.where}${value}\n    ${w.problem}\n    → ${w.fix}`);
  }
  const hidden = [...shown].filter(([, n]) => options.shownPerKind !== undefined && n > options.shownPerKind);
  for (const [kind, n] of hidden)
    lines.push(
      `… and ${n - (options.shownPerKind ?? 0)} more ${kind ? `of “${kind}”` : 'warnings'}: npm run check lists every one`,
    );
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  const summary = kinds.size > 0 ? `: ${[...kinds].map(([kind, n]) => `${n} × ${kind}`).join(' · ')}` : '';
  return `${count} (the build goes on; look at them when you can)${summary}\n\n${lines.join('\n\n')}\n`;
}

/** Thrown when content is invalid; its message is the whole report. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    // The report is the whole message; where in the loader's code it was raised means nothing to an editor.
    this.stack = '';
  }
}
