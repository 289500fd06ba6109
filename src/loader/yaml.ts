import { parse, YAMLParseError } from 'yaml';
import type { ContentProblem } from '../model/problems';
import type { YamlMemo } from './yaml-memo';

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
 * aliases are capped. `lineOffset` is added to reported lines (frontmatter starts on line 2). A text
 * that parsed before is taken from `memo` (its value depends on the text alone); problems are never kept.
 */
export function parseYaml(text: string, file: string, lineOffset = 0, memo?: YamlMemo): YamlResult {
  const known = memo?.get(text);
  if (known !== undefined) return { value: known };
  try {
    const value: unknown = parse(text, {
      schema: 'core',
      maxAliasCount: MAX_ALIASES,
      uniqueKeys: true,
      prettyErrors: true,
    });
    const reserved = reservedKeyIn(value);
    if (reserved !== undefined) {
      return {
        problem: {
          file,
          where: reserved.path || 'file',
          value: reserved.key,
          problem: `"${reserved.key}" cannot be a field name: it is a name JavaScript gives every object, and a file could change how others are read through it`,
          fix: 'remove the field, or rename it (no content file uses this name)',
        },
      };
    }
    memo?.set(text, value);
    return { value };
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
    return {
      problem: {
        file,
        where: 'file',
        problem: `the YAML does not parse: ${firstSentence((error as Error).message)}`,
        fix: 'check the file’s YAML syntax',
      },
    };
  }
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}

/** Names every JavaScript object already has (`constructor`, `toString`, `__proto__` …). */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/**
 * The first mapping key anywhere in a parsed value that is one of `RESERVED_KEYS`. Schemas would not
 * see such a key as unknown (it is "in" every object), and code that looks fields up by name would
 * find the inherited one instead, so the loader refuses it before any schema runs.
 */
function reservedKeyIn(value: unknown, path = ''): { key: string; path: string } | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = reservedKeyIn(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') continue;
    const at = path ? `${path}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return { key, path: at };
    const found = reservedKeyIn((value as Record<string, unknown>)[key], at);
    if (found) return found;
  }
  return undefined;
}
