import type { ContentProblem } from '../model/problems';
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
 * Characters from an opening `[` to its `]` (or to the end of the block when none follows). While a
 * bracket is open, GFM's autolink reading starts again at every word inside it, so a long one takes
 * time that grows with its square (`[` and 80,000 characters: about 20 s). Link text and bracketed
 * asides in news are a sentence or two; escaped brackets (`\[`, as the importer writes) do not count.
 */
export const MAX_BRACKET_SPAN = 2_000;

/**
 * Checks, before the Markdown is parsed, the shapes that would make parsing slow or deep: nesting
 * (quotes and lists) and runs of inline markers, per block and per file. With these limits and the
 * size limit, parsing one article takes a bounded time. `lineOffset` turns body lines into file lines.
 */
export function markdownLimitProblems(file: string, body: string, lineOffset: number): ContentProblem[] {
  const nesting = nestingDepth(body);
  if (nesting.depth > MAX_NESTING) {
    return [
      {
        file,
        where: `line ${nesting.line + lineOffset}`,
        value: `${nesting.depth} levels`,
        problem: `lists or quotations are nested more than ${MAX_NESTING} levels deep`,
        fix: 'check that the right file was added; a news article nests a few levels at most',
      },
    ];
  }
  let total = 0;
  let line = 1;
  for (const block of body.split(/\n[ \t]*\n/)) {
    const markers = block.match(MARKER)?.length ?? 0;
    total += markers;
    if (markers > MAX_MARKERS_PER_BLOCK) {
      return [
        {
          file,
          where: `line ${line + lineOffset}`,
          value: `${markers} of * _ ~ [ ]`,
          problem: `one paragraph holds more than ${MAX_MARKERS_PER_BLOCK} emphasis or link markers, which would take minutes to read`,
          fix: 'check that the right file was added; escape literal characters with a backslash (\\*) or remove the run',
        },
      ];
    }
    const span = longestBracketSpan(block);
    if (span.length > MAX_BRACKET_SPAN) {
      const at = line + (block.slice(0, span.start).match(/\n/g)?.length ?? 0);
      return [
        {
          file,
          where: `line ${at + lineOffset}`,
          value: `[ followed by ${span.length} characters`,
          problem: `a [ opens more than ${MAX_BRACKET_SPAN} characters before its ] (or the end of the paragraph): reading it takes time that grows with the square of that length, minutes for a long one`,
          fix: 'write a literal bracket as \\[ (the importer does), close the link text sooner, or check that the right file was added',
        },
      ];
    }
    line += block.split('\n').length + 1;
  }
  if (total > MAX_MARKERS_PER_FILE) {
    return [
      {
        file,
        where: 'body',
        value: `${total} of * _ ~ [ ]`,
        problem: `the article holds more than ${MAX_MARKERS_PER_FILE} emphasis or link markers`,
        fix: 'check that the right file was added; a news article has a few dozen',
      },
    ];
  }
  return [];
}

/**
 * The longest stretch from an unescaped `[` to the `]` that closes it — counting the brackets nested
 * inside, as Markdown keeps the outer one open — or to the block's end, in one pass.
 */
function longestBracketSpan(block: string): { start: number; length: number } {
  let longest = { start: 0, length: 0 };
  let open = -1;
  let depth = 0;
  for (let i = 0; i < block.length; i++) {
    const char = block.charCodeAt(i);
    if (char === 0x5c /* \ */) {
      i++;
      continue;
    }
    if (char === 0x5b /* [ */) {
      if (depth === 0) open = i;
      depth++;
    } else if (char === 0x5d /* ] */ && depth > 0 && --depth === 0) {
      if (i - open > longest.length) longest = { start: open, length: i - open };
    }
  }
  if (depth > 0 && block.length - open > longest.length) longest = { start: open, length: block.length - open };
  return longest;
}
