/** Deeper than this, Markdown is not an article any more, and parsing it gets slow. */
export const MAX_NESTING = 16;

/**
 * The deepest nesting of block quotes and lists in a Markdown text, estimated line by line: the
 * indentation before the first marker, then every `>` and list marker chained on the line (`- - - x`
 * is three lists, one inside the other, as is `> > - x`). Cheap and linear, so it can guard the real
 * parser. A thematic break (`* * *`, `- - -`) is no nesting.
 */
export function nestingDepth(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  markdown.split('\n').forEach((text, index) => {
    if (THEMATIC_BREAK.test(text)) return;
    const depth = lineDepth(text);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Containers opened on one line: each `>` and list marker of the chain it starts with, and the indentation before the first list marker (two columns a level). */
function lineDepth(text: string): number {
  let depth = 0;
  let listSeen = false;
  let i = 0;
  for (;;) {
    let columns = 0;
    while (text[i] === ' ' || text[i] === '\t') columns += text[i++] === '\t' ? 4 : 1;
    if (text[i] === '>') {
      depth++;
      i++;
      continue;
    }
    const end = listMarkerEnd(text, i);
    if (end === undefined) return depth;
    if (!listSeen) depth += Math.floor(columns / 2);
    listSeen = true;
    depth++;
    i = end;
  }
}

/** Where a list marker starting at `i` ends (`-`, `*`, `+`, or up to nine digits and `.` or `)`), when a space, a tab or the line's end follows it. */
function listMarkerEnd(text: string, i: number): number | undefined {
  let end = i;
  if (text[i] === '-' || text[i] === '*' || text[i] === '+') end = i + 1;
  else {
    while (end < text.length && end - i < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === i || (text[end] !== '.' && text[end] !== ')')) return undefined;
    end++;
  }
  return end === text.length || text[end] === ' ' || text[end] === '\t' ? end : undefined;
}
