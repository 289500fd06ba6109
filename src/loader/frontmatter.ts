import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { ContentProblem } from '../model/problems';
import { parseYaml } from './yaml';
import type { YamlMemo } from './yaml-memo';

/** A Markdown or MDX file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** The YAML between the `---` fences (empty when there is none). */
  yaml: string;
  /** The text after the closing fence (starting with the rest of the fence's line). */
  body: string;
  /** Add to a body line number to get the file's line number. */
  bodyLineOffset: number;
}

/**
 * Splits a content file with Astro's own frontmatter reader (the same fences Astro accepts), so a file
 * the briefing reads is read the same way everywhere. `text` has `\n` line ends (see read-text.ts).
 */
export function splitFrontmatter(text: string): SplitFile | { problem: string; fix: string } {
  if (/^\+\+\+\s*\n/.test(text))
    return {
      problem: 'the frontmatter is TOML (+++); content files use YAML',
      fix: 'write the frontmatter as YAML between --- lines',
    };
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return { yaml: '', body: text, bodyLineOffset: 0 };
  // The raw YAML starts right after the first fence; the closing fence follows it.
  const end = text.indexOf('---') + '---'.length + yaml.length + '---'.length;
  const head = text.slice(0, end);
  return { yaml, body: text.slice(end), bodyLineOffset: head.split('\n').length - 1 };
}

/** A Markdown or MDX content file read as far as it goes: its frontmatter data and its body. */
export interface FrontmatterFile {
  /** The frontmatter's data (empty when it does not parse). */
  data: Record<string, unknown>;
  body: string;
  bodyLineOffset: number;
  /** Why the frontmatter could not be read, if it could not. */
  problem?: ContentProblem;
}

/** Splits a content file and parses its frontmatter with the one YAML reader (lines as in the file). */
export function readFrontmatterFile(text: string, file: string, memo?: YamlMemo): FrontmatterFile {
  const split = splitFrontmatter(text);
  if ('problem' in split)
    return {
      data: {},
      body: '',
      bodyLineOffset: 0,
      problem: { file, where: 'line 1', problem: split.problem, fix: split.fix },
    };
  const parsed = parseYaml(split.yaml, file, 1, memo);
  const data = isRecord(parsed.value) ? parsed.value : {};
  return {
    data,
    body: split.body,
    bodyLineOffset: split.bodyLineOffset,
    ...(parsed.problem ? { problem: parsed.problem } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
