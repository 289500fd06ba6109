import type { ContentProblem } from '../briefing/problems';
import { MAX_NESTING, nestingDepth } from './nesting-depth';

/**
 * Emphasis, strikethrough and link markers (`* _ ~ [ ]`) allowed in one block of an article. Markdown
 * pairs such markers by searching back through the open ones, so a block of thousands of them takes
 * time that grows with their square (100,000 `*a` ran for minutes). A real paragraph has a handful.
 */
export const MAX_MARKERS_PER_BLOCK = 1_000;
/** The same markers in the whole article: bounds how many worst-case blocks one file can hold. */
export const MAX_MARKERS_PER_FILE = 20_000;

const MARKER = /[*_~[\]]/g;

/**
 * Checks, before the Markdown is parsed, the shapes that would make parsing slow or deep: nesting
 * (quotes and lists) and runs of inline markers, per block and per file. With these limits and the
 * size limit, parsing one article takes a bounded time. `lineOffset` turns body lines into file lines.
 */
export function markdownLimitProblems(file: string, body: string, lineOffset: number): ContentProblem[] {
  const nesting = nestingDepth(body);
  if (nesting.depth > MAX_NESTING) {
    return [{ file, where: `line ${nesting.line + lineOffset}`, value: `${nesting.depth} levels`, problem: `lists or quotations are nested more than ${MAX_NESTING} levels deep`, fix: 'check that the right file was added; a news article nests a few levels at most' }];
  }
  let total = 0;
  let line = 1;
  for (const block of body.split(/\n[ \t]*\n/)) {
    const markers = block.match(MARKER)?.length ?? 0;
    total += markers;
    if (markers > MAX_MARKERS_PER_BLOCK) {
      return [{ file, where: `line ${line + lineOffset}`, value: `${markers} of * _ ~ [ ]`, problem: `one paragraph holds more than ${MAX_MARKERS_PER_BLOCK} emphasis or link markers, which would take minutes to read`, fix: 'check that the right file was added; escape literal characters with a backslash (\\*) or remove the run' }];
    }
    line += block.split('\n').length + 1;
  }
  if (total > MAX_MARKERS_PER_FILE) {
    return [{ file, where: 'body', value: `${total} of * _ ~ [ ]`, problem: `the article holds more than ${MAX_MARKERS_PER_FILE} emphasis or link markers`, fix: 'check that the right file was added; a news article has a few dozen' }];
  }
  return [];
}
