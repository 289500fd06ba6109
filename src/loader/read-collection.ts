import { basename, dirname } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../model/problems';
import { factSchema, type FactData } from '../schemas/fact';
import { listContentFolder } from './content-folder';
import { MAX_DATA_BYTES } from './limits';
import { readContentText } from './read-text';
import { parseYaml } from './yaml';
import type { YamlMemo } from './yaml-memo';
import { zodProblems } from './zod-problems';

export { MAX_DATA_BYTES } from './limits';

/** The YAML files of one content folder, read and validated. */
export interface YamlCollection<T> {
  /** Entries that parsed and match the schema, by id (the file name). */
  valid: Array<{ id: string; data: T }>;
  /** Ids of every file that could be read, valid or not (so references to a broken file are not problems too). */
  present: string[];
  problems: ContentProblem[];
  /** Each file read, with its text, for digests. */
  texts: Array<{ file: string; text: string | undefined }>;
}

/**
 * Reads every `*.yaml` file of `folder` (relative to `root`, e.g. `content/facts`) through the
 * sandboxed reader and the one YAML parser, and validates each with `schema`. The importer reads
 * facts with it too, so a fact file means the same thing to the importer and to the build. Texts
 * parsed before come from `memo` (see yaml-memo.ts).
 */
export function readYamlCollection<S extends z.ZodType>(
  root: string,
  folder: string,
  schema: S,
  memo?: YamlMemo,
): YamlCollection<z.infer<S>> {
  const listed = listContentFolder(root, folder, '.yaml');
  const result: YamlCollection<z.infer<S>> = { valid: [], present: [], problems: [...listed.problems], texts: [] };
  for (const name of listed.names) {
    const file = `${folder}/${name}`;
    const read = readContentText(root, file, MAX_DATA_BYTES);
    result.problems.push(...read.problems);
    result.texts.push({ file, text: read.text });
    if (read.text === undefined) continue;
    const id = basename(name, '.yaml');
    result.present.push(id);
    const parsed = parseYaml(read.text, file, 0, memo);
    if (parsed.problem) {
      result.problems.push(parsed.problem);
      continue;
    }
    const checked = schema.safeParse(parsed.value);
    if (checked.success) result.valid.push({ id, data: checked.data });
    else result.problems.push(...zodProblems(file, checked.error, parsed.value));
  }
  return result;
}

/**
 * The facts of a `facts/` folder (the importer's `--content-dir`, or a test's fixtures), read exactly
 * as the build reads them. Files that fail are in `problems`; the build reports them.
 */
export function readFacts(factsDir: string): YamlCollection<FactData> {
  return readYamlCollection(dirname(factsDir), basename(factsDir), factSchema);
}
