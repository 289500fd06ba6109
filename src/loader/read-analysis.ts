import { basename } from 'node:path';
import { analysisReferencesOf } from '../briefing/analysis-references';
import type { ContentProblem } from '../briefing/problems';
import type { AnalysisInput } from '../briefing/validate-references';
import { analysisSchema, type AnalysisData } from '../schemas/analysis';
import { listContentFolder } from './content-folder';
import { readFrontmatterFile } from './frontmatter';
import { MAX_DATA_BYTES } from './read-collection';
import { zodProblems } from './zod-problems';

/** The briefing's own analysis (MDX): Astro renders it; the loader checks its references and quotations. */
export interface LoadedAnalysis {
  id: string;
  file: string;
  data: AnalysisData;
  body: string;
}

/** Reads and validates every analysis file, with the paragraph references and fact ids it uses. */
export function readAnalysis(
  root: string,
  read: (file: string, maxBytes: number) => string | undefined,
): { analysis: LoadedAnalysis[]; references: AnalysisInput[]; problems: ContentProblem[] } {
  const listed = listContentFolder(root, 'content/analysis', '.mdx');
  const problems = [...listed.problems];
  const analysis: LoadedAnalysis[] = [];
  const references: AnalysisInput[] = [];
  for (const name of listed.names) {
    const file = `content/analysis/${name}`;
    const text = read(file, MAX_DATA_BYTES);
    if (text === undefined) continue;
    const { data, body, problem } = readFrontmatterFile(text, file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const checked = analysisSchema.safeParse(data);
    if (!checked.success) {
      problems.push(...zodProblems(file, checked.error, data));
      continue;
    }
    const id = basename(name, '.mdx');
    references.push(analysisReferencesOf(id, checked.data, body));
    analysis.push({ id, file, data: checked.data, body });
  }
  return { analysis, references, problems };
}
