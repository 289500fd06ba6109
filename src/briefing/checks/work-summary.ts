import type { ContentProblem } from '../../model/problems';

/** Where an editor settles what a machine drafted. */
export const REVIEW_COMMANDS = 'npm run review (or, in the browser, npm run desk)';

/**
 * The one line a build ends with: how much of each kind of thing awaits the editor — every warning
 * kind and the doubtful links the review asks about (which are not warnings: the build has no doubt
 * about them, the rules made them) — and the command that settles them.
 */
export function workSummary(warnings: readonly ContentProblem[], doubtfulLinks: number): string {
  const kinds = new Map<string, number>();
  for (const warning of warnings)
    kinds.set(warning.kind ?? 'other warnings', (kinds.get(warning.kind ?? 'other warnings') ?? 0) + 1);
  if (doubtfulLinks > 0) kinds.set('doubtful links to look at', doubtfulLinks);
  if (kinds.size === 0) return '✓ Nothing awaits review.';
  const counts = [...kinds].map(([kind, n]) => `${n} × ${kind}`).join(' · ');
  return `To do: ${counts} → ${REVIEW_COMMANDS} settles drafted accounts, draft facts and doubtful links; npm run check lists every warning.`;
}
