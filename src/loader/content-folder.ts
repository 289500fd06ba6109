import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isId } from '../model/ids';
import type { ContentProblem } from '../model/problems';

/**
 * The files of one content folder that the briefing loads (`content/facts/*.yaml` …), sorted. A file
 * with another extension would be silently ignored, and a name that is not a valid id would make a
 * broken address, so both are problems; hidden files (`.gitkeep`) are skipped.
 */
export function listContentFolder(
  root: string,
  folder: string,
  extension: string,
): { names: string[]; problems: ContentProblem[] } {
  const path = join(root, folder);
  if (!existsSync(path)) return { names: [], problems: [] };
  const problems: ContentProblem[] = [];
  const names: string[] = [];
  for (const name of readdirSync(path)
    .filter((entry) => !entry.startsWith('.'))
    .sort()) {
    const file = `${folder}/${name}`;
    if (!name.endsWith(extension)) {
      problems.push({
        file,
        where: 'file name',
        value: name,
        problem: `is not loaded: only ${extension} files are read here`,
        fix: `rename it to end in ${extension} or move it out of ${folder}/`,
      });
    } else if (!isId(name.slice(0, -extension.length))) {
      // A content file name is the item's id plus an extension, and the id becomes part of addresses.
      problems.push({
        file,
        where: 'file name',
        value: name,
        problem: 'the file name is the id and becomes part of an address',
        fix: `use lower-case letters, digits and single hyphens, e.g. tv-remarks${extension}`,
      });
    } else {
      names.push(name);
    }
  }
  return { names, problems };
}

/** Every file name in a folder (originals keep the name they arrived with), hidden files aside. */
export function listAllFiles(root: string, folder: string): string[] {
  const path = join(root, folder);
  return existsSync(path)
    ? readdirSync(path)
        .filter((name) => !name.startsWith('.'))
        .sort()
    : [];
}
