import { describe, expect, it } from 'vitest';
import { estimateWidthEm } from '../../src/og/text-width';
import { ELLIPSIS, normalizeWhitespace, truncateToWidth } from '../../src/og/truncate-text';

describe('normalizeWhitespace', () => {
  it('collapses folded YAML and stray newlines to single spaces', () => {
    expect(normalizeWhitespace('  The 1960\n  US–Japan\tsecurity   treaty \n')).toBe(
      'The 1960 US–Japan security treaty',
    );
  });
});

describe('truncateToWidth', () => {
  const sentence = 'Takaichi’s televised remarks on the alliance and a Taiwan crisis';

  it('returns text that fits unchanged', () => {
    expect(truncateToWidth(sentence, 1_000)).toBe(sentence);
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    const cut = truncateToWidth(sentence, 20);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(estimateWidthEm(cut)).toBeLessThanOrEqual(20);
    const words = cut.slice(0, -1).split(' ');
    // Every kept word is a whole word of the original.
    expect(sentence.split(' ').slice(0, words.length)).toEqual(words);
  });

  it('leaves no dangling punctuation before the ellipsis', () => {
    expect(truncateToWidth('Alliance, treaty, and the Diet; then more words follow here', 9)).toMatch(/[A-Za-z]…$/);
  });

  it('cuts text without spaces between characters', () => {
    const cut = truncateToWidth('高市早苗首相、台湾有事で「日米同盟は崩壊する」と発言', 8);
    expect(cut).toBe('高市早苗首相、…');
    expect(estimateWidthEm(cut)).toBeLessThanOrEqual(8);
  });

  it('never splits a grapheme such as a flag', () => {
    const cut = truncateToWidth('🇯🇵🇯🇵🇯🇵🇯🇵', 2.5);
    expect(cut).toBe('🇯🇵…');
  });
});

describe('estimateWidthEm', () => {
  it('counts Japanese characters as about twice as wide as Latin letters', () => {
    expect(estimateWidthEm('高市')).toBeGreaterThan(estimateWidthEm('ab') * 1.5);
  });
});
