import { describe, expect, it } from 'vitest';
import { fontsForText, needsJapaneseFont } from '../../src/og/card-fonts';
import { CARD_THEME } from '../../src/og/card-theme';

/** The names in a CSS font stack such as "'Inter', 'Inter latin-ext'". */
function stackNames(stack: string): string[] {
  return stack.split(',').map((name) => name.trim().replace(/^'|'$/g, ''));
}

describe('needsJapaneseFont', () => {
  it.each([
    [['Takaichi’s televised remarks — Kōmeitō, 2026'], false],
    [['Fact', '高市早苗'], true],
    [['ひらがな'], true],
    [['カタカナ'], true],
    [['「quoted」'], true],
  ])('%j → %s', (texts, expected) => {
    expect(needsJapaneseFont(texts)).toBe(expected);
  });
});

describe('fontsForText', { timeout: 30_000 }, () => {
  it('loads every font the theme names, from node_modules, for Japanese cards', async () => {
    const fonts = await fontsForText(['高市']);
    const loaded = new Set(fonts.map((font) => font.name));
    for (const name of [...stackNames(CARD_THEME.fonts.serif), ...stackNames(CARD_THEME.fonts.sans)]) {
      expect(loaded).toContain(name);
    }
    for (const font of fonts) expect(font.data.byteLength).toBeGreaterThan(1_000);
  });

  it('leaves the large Japanese font out of Latin-only cards', async () => {
    const fonts = await fontsForText(['Takaichi']);
    expect(fonts.map((font) => font.name)).not.toContain('Noto Serif JP');
  });

  it('returns the same cached font list each time, so satori can reuse its parse', async () => {
    expect(await fontsForText(['a'])).toBe(await fontsForText(['b']));
  });
});
