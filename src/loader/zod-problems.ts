import type { z } from 'astro/zod';
import type { ContentProblem } from '../briefing/problems';

/** Turns a zod error into one problem per issue, naming the field and the value found there. */
export function zodProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : 'frontmatter';
    const value = valueAt(data, issue.path as PropertyKey[]);
    const missing = value === undefined;
    return {
      file,
      where,
      value: missing ? undefined : typeof value === 'string' ? value : JSON.stringify(value),
      problem: missing ? `required field "${where}" is missing` : issue.message,
      fix: missing ? `add "${where}" (see the schema in src/schemas/ for what it holds)` : fixFor(issue),
    };
  });
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value')
    return 'use status: stated (with value), status: not-stated, or status: inferred (with value and reason) — or one of the allowed values';
  if (issue.code === 'invalid_type') return `give a ${issue.expected}`;
  return 'correct the value as described';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
