import { describe, expect, it } from 'vitest';
import { layOutCardText } from '../../src/og/card-layout';
import { CARD_THEME } from '../../src/og/card-theme';
import { capacityEm, fitText } from '../../src/og/fit-text';
import { estimateWidthEm } from '../../src/og/text-width';

const sizes = CARD_THEME.title.fontSizes;
const largest = Math.max(...sizes);
const smallest = Math.min(...sizes);

describe('fitText', () => {
  const box = { widthPx: 1_000, maxLines: 3 };

  it('keeps a short title at the largest size', () => {
    expect(fitText('Timeline', box, sizes)).toEqual({ text: 'Timeline', fontSize: largest });
  });

  it('shrinks a longer title before cutting it', () => {
    const title = 'Taiwan Strait stability as a matter of Japan’s security, and the 2021–2025 white papers';
    const fitted = fitText(title, box, sizes);
    expect(fitted.text).toBe(title);
    expect(fitted.fontSize).toBeLessThan(largest);
  });

  it('truncates at the smallest size when nothing fits', () => {
    const fitted = fitText('word '.repeat(200), box, sizes);
    expect(fitted.fontSize).toBe(smallest);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(estimateWidthEm(fitted.text)).toBeLessThanOrEqual(capacityEm(box, smallest));
  });

  it('needs at least one size', () => {
    expect(() => fitText('Title', box, [])).toThrow(RangeError);
  });
});

describe('layOutCardText', () => {
  it('tidies whitespace and keeps short text whole', () => {
    const text = layOutCardText({ kicker: ' Fact ', title: 'The 1960\n US–Japan security treaty', footer: 'Briefing' });
    expect(text).toEqual({
      kicker: 'Fact',
      title: 'The 1960 US–Japan security treaty',
      titleFontSize: largest,
      description: '',
      footer: 'Briefing',
    });
  });

  it('bounds every field of an absurdly long card', () => {
    const long = 'An extremely long line of text about the alliance '.repeat(100);
    const text = layOutCardText({ kicker: long, title: long, description: long, footer: long });
    for (const field of [text.kicker, text.title, text.description, text.footer]) {
      expect(field.endsWith('…')).toBe(true);
      expect(field.length).toBeLessThan(200);
    }
  });

  it('gives a title without a description more room', () => {
    const title = 'A long title about the alliance that wraps over several lines of the card, '.repeat(3);
    const alone = layOutCardText({ kicker: 'Fact', title });
    const withDescription = layOutCardText({ kicker: 'Fact', title, description: 'Summary.' });
    expect(alone.title.length).toBeGreaterThan(withDescription.title.length);
  });

  it('rejects an empty title', () => {
    expect(() => layOutCardText({ kicker: 'Fact', title: ' ' })).toThrow(TypeError);
  });
});
