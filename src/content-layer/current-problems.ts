import type { ContentProblem } from '../model/problems';

/**
 * The problems of the content as last loaded, for `astro dev`'s problems page. The loader runs in
 * Astro's content layer and the page is served by a Vite middleware (src/integration/dev-problems-page.ts),
 * which may hold separate copies of this module; a registered symbol gives both one place in the process.
 */
const SLOT = Symbol.for('briefing.current-content-problems');

type WithSlot = typeof globalThis & { [SLOT]?: readonly ContentProblem[] };

export function setCurrentProblems(problems: readonly ContentProblem[]): void {
  (globalThis as WithSlot)[SLOT] = problems;
}

export function currentProblems(): readonly ContentProblem[] {
  return (globalThis as WithSlot)[SLOT] ?? [];
}
