import { describe, expect, it } from 'vitest';
import { formatParagraphRef, PARAGRAPH_REF_PATTERN, parseParagraphRef } from '../../src/model/paragraph-ref';

describe('paragraph references', () => {
  it('reads the article and the block of article#block', () => {
    expect(parseParagraphRef('alliance-would-weaken#p-lose-credibility')).toEqual({
      articleId: 'alliance-would-weaken',
      blockId: 'p-lose-credibility',
    });
  });

  it('gives an empty block for a reference without one', () => {
    expect(parseParagraphRef('alliance-would-weaken')).toEqual({ articleId: 'alliance-would-weaken', blockId: '' });
  });

  it('writes what it reads', () => {
    const ref = formatParagraphRef('tv-remarks', '台湾有事');
    expect(ref).toBe('tv-remarks#台湾有事');
    expect(parseParagraphRef(ref)).toEqual({ articleId: 'tv-remarks', blockId: '台湾有事' });
  });

  it('accepts only an article id, one #, and a block id without spaces', () => {
    expect(PARAGRAPH_REF_PATTERN.test('tv-remarks#p-one')).toBe(true);
    expect(PARAGRAPH_REF_PATTERN.test('tv-remarks#p one')).toBe(false);
    expect(PARAGRAPH_REF_PATTERN.test('tv-remarks#a#b')).toBe(false);
    expect(PARAGRAPH_REF_PATTERN.test('TV#p-one')).toBe(false);
  });
});
