import { describe, expect, it } from 'vitest';
import { checkQuotation, extractQuotations } from '../../src/briefing/views/quotes';

const passages = [
  {
    ref: 'a#p-1',
    text: 'Takaichi carefully clarified that Japan’s Self-Defense Forces would operate “strictly within the bounds of the law,” distancing her remarks.',
  },
  {
    ref: 'b#p-2',
    text: '“If Japan ignored such a situation, the alliance itself would no longer function,” Takaichi said.',
  },
];

describe('extractQuotations', () => {
  it('finds typographic and plain double quotations, not apostrophes', () => {
    expect(
      extractQuotations('She said “no longer function” and "collapse", in Japan’s view.').map((q) => q.text),
    ).toEqual(['no longer function', 'collapse']);
  });
});

describe('checkQuotation', () => {
  it('finds a quotation word for word, whatever the quotation marks and spacing', () => {
    expect(checkQuotation('strictly within the bounds of the law,', passages)).toEqual({ found: true, ref: 'a#p-1' });
    expect(checkQuotation('the alliance itself   would no longer function', passages)).toEqual({
      found: true,
      ref: 'b#p-2',
    });
  });

  it('rejects a quotation with a word added, pointing at the closest passage', () => {
    const result = checkQuotation('the alliance itself would simply no longer function', passages);
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.closest?.ref).toBe('b#p-2');
      expect(result.closest?.text).toContain('alliance itself would no longer function');
    }
  });

  it('rejects a changed word and a paraphrase', () => {
    expect(checkQuotation('strictly within the limits of the law', passages).found).toBe(false);
    expect(checkQuotation('the alliance would stop working', passages).found).toBe(false);
  });
});

describe('checkQuotation with an ellipsis', () => {
  it('accepts the words kept around “…”, “...” or “[…]” when they are in one passage, in order', () => {
    expect(checkQuotation('Takaichi carefully clarified … within the bounds of the law', passages)).toEqual({
      found: true,
      ref: 'a#p-1',
    });
    expect(checkQuotation('If Japan ignored such a situation, ... no longer function', passages)).toEqual({
      found: true,
      ref: 'b#p-2',
    });
    expect(checkQuotation('If Japan ignored such a situation, […]', passages)).toEqual({ found: true, ref: 'b#p-2' });
  });

  it('refuses kept words out of order, spread over two passages, or changed', () => {
    expect(checkQuotation('within the bounds of the law … Takaichi carefully clarified', passages).found).toBe(false);
    expect(checkQuotation('Takaichi carefully clarified … the alliance itself', passages).found).toBe(false);
    expect(checkQuotation('Takaichi wisely clarified …', passages).found).toBe(false);
    expect(checkQuotation('…', passages).found).toBe(false);
  });
});
