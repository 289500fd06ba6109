/** Deeper than this, Markdown is not an article any more, and parsing it gets slow. */
export const MAX_NESTING = 16;

/**
 * The deepest nesting of block quotes and lists in a Markdown text, estimated line by line from the
 * `>` markers and the indentation before list markers. Cheap, so it can guard the real parser.
 */
export function nestingDepth(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  markdown.split('\n').forEach((text, index) => {
    const quotes = /^(?:\s{0,3}>)*/.exec(text)?.[0].split('>').length ?? 1;
    const rest = text.replace(/^(?:\s{0,3}>)*/, '');
    const indent = /^(\s*)(?:[-*+]|\d+[.)])\s/.exec(rest)?.[1]?.replace(/\t/g, '    ').length;
    const depth = quotes - 1 + (indent === undefined ? 0 : Math.floor(indent / 2) + 1);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}
