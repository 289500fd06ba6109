import { describe, expect, it } from 'vitest';
import { pageContents } from '../../src/briefing/views/contents';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('pageContents', () => {
  it('lists sections and subsections in order, leaving out deeper headings and those without an id', () => {
    expect(pageContents([h(2, 'one'), h(3, 'one-a', ' One A '), h(4, 'deep'), h(2, ''), h(2, 'two')])).toEqual([
      { id: 'one', text: 'one', depth: 2 },
      { id: 'one-a', text: 'One A', depth: 3 },
      { id: 'two', text: 'two', depth: 2 },
    ]);
  });

  it('gives a short page no contents', () => {
    expect(pageContents([h(2, 'one'), h(2, 'two')])).toEqual([]);
    expect(pageContents([h(2, 'one'), h(2, 'two')], 2)).toHaveLength(2);
    expect(pageContents([])).toEqual([]);
  });
});
