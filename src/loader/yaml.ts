import { parse, YAMLParseError } from 'yaml';
import type { ContentProblem } from '../briefing/problems';

/**
 * Aliases (`*name`) allowed in one content file. Editors never need them; a few hundred let a small
 * file expand into gigabytes (an "alias bomb").
 */
const MAX_ALIASES = 50;

/** The result of parsing one YAML text: its value, or the problem that stops it parsing. */
export type YamlResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: ContentProblem };

/**
 * Parses the YAML of a content file — the project's one YAML reader. The YAML 1.2 core schema keeps
 * every date as the text written (`2026-02-30` is refused by the schema instead of silently becoming
 * 2 March; a time-zoned timestamp is not shifted to another day), duplicate keys are an error, and
 * aliases are capped. `lineOffset` is added to reported lines (frontmatter starts on line 2).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  try {
    return { value: parse(text, { schema: 'core', maxAliasCount: MAX_ALIASES, uniqueKeys: true, prettyErrors: true }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      return {
        problem: {
          file,
          where: at ? `line ${at.line + lineOffset}, column ${at.col}` : 'file',
          problem: `the YAML does not parse: ${firstSentence(error.message)}`,
          fix:
            error.code === 'DUPLICATE_KEY'
              ? 'each field may be given once: remove or merge the repeated one'
              : 'check indentation and quoting (a value containing ": " or starting with a quote, [ or { needs quotes)',
        },
      };
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        problem: {
          file,
          where: 'file',
          problem: `uses more than ${MAX_ALIASES} YAML aliases (*name), which could expand without bound`,
          fix: 'write the values out instead of using anchors (&name) and aliases (*name)',
        },
      };
    }
    return { problem: { file, where: 'file', problem: `the YAML does not parse: ${firstSentence((error as Error).message)}`, fix: 'check the file’s YAML syntax' } };
  }
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}
