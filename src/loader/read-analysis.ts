import { basename } from 'node:path';
import { analysisReferencesOf } from '../briefing/views/analysis-references';
import type { ContentProblem } from '../model/problems';
import type { AnalysisInput } from '../briefing/views/analysis-references';
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
    const { data, body, bodyLineOffset, problem } = readFrontmatterFile(text, file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const checked = analysisSchema.safeParse(data);
    if (!checked.success) {
      problems.push(...zodProblems(file, checked.error, data));
      continue;
    }
    problems.push(...citeTagProblems(file, body, bodyLineOffset));
    const id = basename(name, '.mdx');
    references.push(analysisReferencesOf(id, checked.data, body));
    analysis.push({ id, file, data: checked.data, body });
  }
  return { analysis, references, problems };
}

/** A `<Cite>` must name the paragraph it cites (`to="article#paragraph"`); Astro would fail on it later. */
function citeTagProblems(file: string, body: string, lineOffset: number): ContentProblem[] {
  return [...body.matchAll(/<Cite\b[^>]*>/g)].flatMap((tag) =>
    /\sto="[^"]+"/.test(tag[0])
      ? []
      : [
          {
            file,
            where: `line ${body.slice(0, tag.index).split('\n').length + lineOffset}`,
            value: tag[0],
            problem: 'a <Cite> without the paragraph it cites',
            fix: 'write <Cite to="article-id#paragraph-id" />, with an id shown on the article page',
          },
        ],
  );
}
