import { formatBytes, readRegularFile } from '../../loader/read-regular-file';
import { MAX_ORIGINAL_BYTES } from '../../loader/limits';
import { ImportError } from '../import-error';

/**
 * The input's bytes, exactly as received — refused before a byte is read when it is not a regular
 * file (a folder, a FIFO or `/dev/zero` would hang or never end) or larger than the build accepts for
 * an original, so that a file the build would refuse never fills memory first.
 */
export function readInputFile(file: string, maxBytes = MAX_ORIGINAL_BYTES): Uint8Array {
  const read = readRegularFile(file, maxBytes, { noFollow: false });
  if (read.ok) return read.bytes;
  if (read.reason === 'special') {
    throw new ImportError(
      'this is not a regular file (a folder, pipe or device)',
      'give the path of one saved article file',
    );
  }
  if (read.reason === 'too-large') {
    throw new ImportError(
      `the file is ${formatBytes(read.size)}, more than the ${formatBytes(maxBytes)} the briefing keeps for an original`,
      'check that it is the article; save a web page as "HTML only" (without its pictures), or copy the article text into a .txt file and import that',
    );
  }
  if (read.code === 'ENOENT')
    throw new ImportError('no such file', 'check the path (relative paths start at the folder you run npm from)');
  throw new ImportError(
    `the file cannot be read (${read.code})`,
    'check its permissions, or copy it somewhere readable',
  );
}
