import type { ContentProblem } from '../model/problems';
import { loadContent } from './load-content';

/** What the content check found: every problem in every file, and counts for the summary line. */
export interface ContentReport {
  problems: ContentProblem[];
  /** What does not stop the build but an editor should see. */
  warnings: ContentProblem[];
  counts: { articles: number; facts: number; citedSources: number; analysis: number };
}

/**
 * Checks the whole `content/` folder without building the site (`npm run check`, the tests): the same
 * loader the build runs, so it finds exactly the problems the build would refuse.
 */
export async function checkContent(root: string): Promise<ContentReport> {
  const content = await loadContent(root, { base: '/' });
  return {
    problems: content.problems,
    warnings: content.warnings,
    counts: {
      articles: content.articles.length,
      facts: content.facts.length,
      citedSources: content.citedSources.length,
      analysis: content.analysis.length,
    },
  };
}
