import { lstatSync, realpathSync } from 'node:fs';
import { join, relative as relativePath, sep } from 'node:path';
import type { ContentProblem } from '../model/problems';
import { formatBytes, readRegularFile } from './read-regular-file';

/** The result of reading one content file: its bytes, or why it was refused. */
export type ContentFileResult = { bytes: Buffer; problems: [] } | { bytes?: undefined; problems: ContentProblem[] };

/**
 * Reads a file of the project's content as bytes, refusing — before a byte is read — anything that
 * is not a regular file lying inside the content folder (`root` + the first segment of `relative`,
 * normally `content/`): symbolic links (a contributed
 * `content/originals/x.txt → /proc/self/environ` would publish the build's secrets), FIFOs and
 * devices (which never end), and paths that resolve elsewhere through a linked folder. The size
 * limit is checked on the open file, so a huge file is never read into memory.
 *
 * `relative` is the path from `root`, e.g. `content/originals/000.txt`; it names the file in problems.
 */
export function readContentFile(root: string, relative: string, maxBytes: number): ContentFileResult {
  const refuse = (problem: string, fix: string, value?: string): ContentFileResult => ({
    problems: [{ file: relative, where: 'file', ...(value === undefined ? {} : { value }), problem, fix }],
  });
  const lexical = join(root, relative);
  const linkRefusal = (value?: string) =>
    refuse(
      'is a symbolic link, or lies in a linked folder: content files must be real files inside content/',
      'replace the link with a copy of the file itself (`cp --remove-destination "$(readlink -f FILE)" FILE`), or remove it',
      value,
    );
  try {
    if (lstatSync(lexical).isSymbolicLink()) return linkRefusal();
  } catch (error) {
    return refuse(
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'check that the file exists and is readable',
    );
  }
  const sandbox = join(root, relative.split('/')[0] ?? '');
  if (lstatSync(sandbox, { throwIfNoEntry: false })?.isSymbolicLink())
    return linkRefusal('the content folder itself is a link');
  let real: string;
  let contentFolder: string;
  try {
    contentFolder = realpathSync(sandbox);
    real = realpathSync(lexical);
  } catch (error) {
    return refuse(
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'check that the file exists and is readable',
    );
  }
  const inside = relativePath(contentFolder, real);
  if (
    inside.startsWith('..') ||
    inside.startsWith(sep) ||
    real !== join(contentFolder, relativePath(sandbox, lexical))
  ) {
    return linkRefusal(relativePath(root, real).startsWith('..') ? 'resolves outside the project' : undefined);
  }
  // O_NOFOLLOW: a link swapped in after the check above still fails here; O_NONBLOCK: a FIFO does not hang open().
  const read = readRegularFile(lexical, maxBytes, { noFollow: true });
  if (read.ok) return { bytes: read.bytes, problems: [] };
  if (read.reason === 'special')
    return refuse('is not a regular file (a folder, pipe or device)', 'put a plain text file here, or remove it');
  if (read.reason === 'too-large') {
    return refuse(
      `is larger than ${formatBytes(maxBytes)}`,
      'check that the right file was added; a news article is rarely over 200 KB',
      formatBytes(read.size),
    );
  }
  if (read.code === 'ELOOP') return linkRefusal();
  return refuse(`cannot be read (${read.code})`, 'check that the file exists and is readable');
}
