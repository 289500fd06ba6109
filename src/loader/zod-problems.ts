import type { z } from 'astro/zod';
import { closestName } from '../model/closest-name';
import type { ContentProblem } from '../model/problems';
import { FIX, written } from '../schemas/mapping';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Plain words for the types zod names, with the form each is written in YAML. */
const TYPE_WORDS: Readonly<Record<string, { name: string; form: string }>> = {
  object: { name: 'a mapping', form: 'indented `field: value` lines, or { field: value }' },
  array: { name: 'a list', form: 'one `- item` line per entry, or [a, b]' },
  string: { name: 'text', form: 'the text after the colon (in quotes if it holds ": " or starts with a symbol)' },
  number: { name: 'a number', form: 'digits only, e.g. 110 or 3.5' },
  boolean: { name: 'true or false', form: 'true or false' },
};

/**
 * Turns a zod error into one problem per mistake, naming the field, the value found there and what to
 * write instead (the schemas write their messages `problem → fix`, with an example of the right form).
 * One mistake can raise several issues: a `{ start: January 6, 2026 }` flow mapping, which YAML splits
 * at the comma, is explained once; and a field gets one message, its first.
 */
export function zodProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  const splits = commaSplits(error.issues, data);
  const problems: ContentProblem[] = splits.map((split) => commaProblem(file, split));
  const seen = new Set<string>();
  for (const issue of error.issues) {
    if (splits.some((split) => isWithin(issue.path, split.path))) continue;
    const path = withinPlainValues(data, issue.path);
    const where = path.length ? path.map(String).join('.') : 'frontmatter';
    if (seen.has(where)) continue;
    seen.add(where);
    const value = valueAt(data, path);
    if (value === undefined && !issue.message.includes(FIX)) {
      problems.push({
        file,
        where,
        problem: `required field "${where}" is missing`,
        fix: `add "${where}" (your editor shows what it holds; see the README on editor help)`,
      });
      continue;
    }
    const { problem, fix } = explain(issue, value);
    problems.push({ file, where, value: typeof value === 'string' ? value : JSON.stringify(value), problem, fix });
  }
  return problems;
}

/** The problem and fix for one issue: the schema's own `problem → fix` message, or one made here. */
function explain(issue: Issue, value: unknown): { problem: string; fix: string } {
  const own = issue.message.split(FIX);
  if (own.length >= 2) return { problem: own[0] ?? '', fix: own.slice(1).join(FIX) };
  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? { name: issue.expected, form: issue.expected };
    return {
      problem: `${written(value)} is given where ${expected.name} belongs`,
      fix: `write ${expected.name}: ${expected.form}`,
    };
  }
  if (issue.code === 'invalid_value' || (issue.code === 'invalid_union' && 'options' in issue)) {
    const options = (issue.code === 'invalid_value' ? issue.values : (issue as { options: unknown[] }).options).map(
      String,
    );
    const meant = typeof value === 'string' ? closestName(value, options) : undefined;
    return {
      problem: `${written(value)} is not one of the allowed values`,
      fix: `${meant ? `did you mean "${meant}"? ` : ''}use one of: ${options.join(', ')}`,
    };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return { problem: issue.message, fix: 'see the field’s help in your editor for what it holds' };
  return { problem: issue.message, fix: 'correct the value as described' };
}

/** A `{ … }` flow mapping that YAML split at a comma inside a value: the object, and the keys it grew. */
interface CommaSplit {
  path: Path;
  object: Record<string, unknown>;
  keys: string[];
}

/**
 * YAML reads `{ start: January 6, 2026 }` as `start: "January 6"` plus a key `2026` with no value.
 * A strict mapping reports that key as unknown: an unknown key without a value is the tell.
 */
function commaSplits(issues: readonly Issue[], data: unknown): CommaSplit[] {
  return issues.flatMap((issue): CommaSplit[] => {
    if (issue.code !== 'unrecognized_keys') return [];
    const object = valueAt(data, issue.path);
    if (typeof object !== 'object' || object === null || Array.isArray(object)) return [];
    const record = object as Record<string, unknown>;
    const keys = issue.keys.filter((key) => record[key] === null);
    return keys.length > 0 ? [{ path: issue.path, object: record, keys }] : [];
  });
}

function commaProblem(file: string, split: CommaSplit): ContentProblem {
  const read = Object.entries(split.object)
    .map(([key, value]) => (value === null ? `"${key}" (no value)` : `${key}: ${written(value)}`))
    .join('; ');
  const lost = split.keys.map((key) => `"${key}"`).join(', ');
  return {
    file,
    where: split.path.length ? split.path.map(String).join('.') : 'frontmatter',
    value: read,
    problem: `YAML splits a { … } mapping at every comma: the words after a comma inside a value (${lost}) became a field of their own and are lost from the value`,
    fix: `put a value that holds a comma in quotes, e.g. { asWritten: "January 6, 2026" }, or write each field on its own line; dates are written YYYY-MM-DD (2026-01-06)`,
  };
}

/**
 * The issue's path, cut at a value that is not a mapping: when a date stands where a mapping belongs,
 * zod looks for `published.status` inside the date, but the mistake is at `published`.
 */
function withinPlainValues(data: unknown, path: Path): Path {
  for (let i = 0; i < path.length; i++) {
    const parent = valueAt(data, path.slice(0, i));
    if (parent !== undefined && (typeof parent !== 'object' || parent === null || parent instanceof Date))
      return path.slice(0, i);
  }
  return path;
}

function isWithin(path: Path, parent: Path): boolean {
  return parent.every((key, i) => path[i] === key);
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
