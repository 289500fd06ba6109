import { describe, expect, it } from 'vitest';
import { coverageMatrix, markSize } from '../../src/briefing/views/coverage-matrix';

const links = (...articleIds: string[]) => articleIds.map((articleId) => ({ articleId }));

describe('coverageMatrix', () => {
  const backlinks = new Map([
    ['both', links('a', 'a', 'b')],
    ['only-b', links('b')],
    ['none', []],
  ]);

  it('counts the paragraphs per source and marks a fact only one source gives', () => {
    const matrix = coverageMatrix(['both', 'only-b', 'none'], ['a', 'b'], backlinks);
    expect(matrix.mode).toBe('matrix');
    expect(matrix.rows).toEqual([
      { factId: 'both', paragraphs: [2, 1], sources: 2, only: undefined },
      { factId: 'only-b', paragraphs: [0, 1], sources: 1, only: 'b' },
      { factId: 'none', paragraphs: [0, 0], sources: 0, only: undefined },
    ]);
    expect(matrix.maxParagraphs).toBe(2);
  });

  it('gives counts instead of columns when there are too many sources to draw', () => {
    const matrix = coverageMatrix(['both'], ['a', 'b', 'c'], backlinks, 2);
    expect(matrix.mode).toBe('counts');
    expect(matrix.rows).toEqual([{ factId: 'both', paragraphs: [], sources: 2, only: undefined }]);
  });

  it('does not call a fact "only" in one source when the briefing has one source', () => {
    expect(coverageMatrix(['only-b'], ['b'], backlinks).rows[0]?.only).toBeUndefined();
  });
});

describe('markSize', () => {
  it('grows with the paragraphs, relative to the most any source gives', () => {
    expect([0, 1, 2, 3, 4].map((n) => markSize(n, 4))).toEqual([0, 1, 2, 3, 3]);
    expect([1, 2].map((n) => markSize(n, 2))).toEqual([1, 2]);
    expect(markSize(1, 1)).toBe(1);
  });
});
