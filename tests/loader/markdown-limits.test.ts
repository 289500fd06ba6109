import { describe, expect, it } from 'vitest';
import { MAX_BRACKET_SPAN, markdownLimitProblems } from '../../src/loader/markdown-limits';
import { nestingDepth } from '../../src/loader/nesting-depth';

describe('nestingDepth estimates how deep a line opens quotes and lists', () => {
  it.each([
    ['- a', 1],
    ['  - a', 2],
    ['> a', 1],
    ['> > - a', 3],
    ['- - - text', 3],
    ['1. 2) + x', 3],
    ['* * *', 0],
    ['- - -', 0],
    ['text - a', 0],
    ['-a', 0],
    ['2026. was the year', 1],
    ['1234567890. ten digits are no list marker', 0],
  ])('%j: %i', (line, depth) => {
    expect(nestingDepth(line).depth).toBe(depth);
  });

  it('names the deepest line', () => {
    expect(nestingDepth('- a\n\n- - - - b\n- c')).toEqual({ depth: 4, line: 3 });
  });
});

describe('markdownLimitProblems: a [ must close within a bounded stretch', () => {
  const file = 'content/articles/x.md';
  it('accepts link text, bracketed asides and escaped brackets of any length', () => {
    expect(
      markdownLimitProblems(
        file,
        `See [the statement](https://example.org) and [an aside] here.\n\n\\[${'word '.repeat(2_000)}\n`,
        0,
      ),
    ).toEqual([]);
    expect(markdownLimitProblems(file, `[${'a'.repeat(MAX_BRACKET_SPAN - 1)}]`, 0)).toEqual([]);
  });

  it('refuses a bracket left open too long, on the line where it opens', () => {
    const body = `First paragraph.\n\nSecond one, [${'word '.repeat(500)}\n`;
    expect(markdownLimitProblems(file, body, 3)).toEqual([
      expect.objectContaining({
        file,
        where: 'line 6',
        value: expect.stringMatching(/^\[ followed by \d+ characters$/),
      }),
    ]);
  });

  it('counts nested brackets: the outer one stays open', () => {
    const body = `[ ${'a [b] '.repeat(400)}`;
    expect(markdownLimitProblems(file, body, 0)).toHaveLength(1);
  });
});
