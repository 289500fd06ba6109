import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, renderCardSvg, type PreviewCard } from '../../src/og/render-card';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec puts first. */
function pngSize(png: Uint8Array): { width: number; height: number; chunk: string } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return {
    chunk: new TextDecoder().decode(png.subarray(12, 16)),
    width: view.getUint32(16),
    height: view.getUint32(20),
  };
}

const footer = 'Takaichi, Taiwan and the alliance — a source briefing';
const factCard: PreviewCard = {
  kicker: 'Fact',
  title: 'Takaichi’s televised remarks on the alliance and a Taiwan crisis',
  description:
    'Prime Minister Sanae Takaichi said on television that the Japan–US alliance could not survive if Japan stood by while US forces were attacked.',
  footer,
};

// Rendering parses fonts (the Japanese one is ~2 MB), so allow for a slow CI machine.
const RENDER_TIMEOUT = 30_000;

describe('renderCard', { timeout: RENDER_TIMEOUT }, () => {
  it('renders a 1200×630 PNG', async () => {
    const png = await renderCard(factCard);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ chunk: 'IHDR', width: 1200, height: 630 });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('returns a plain Uint8Array that owns its bytes', async () => {
    const png = await renderCard(factCard);
    expect(Object.getPrototypeOf(png)).toBe(Uint8Array.prototype);
    expect(png.byteOffset).toBe(0);
    expect(png.buffer.byteLength).toBe(png.byteLength);
  });

  it('gives byte-identical output for the same input, so builds are reproducible', async () => {
    const first = await renderCard(factCard);
    const second = await renderCard({ ...factCard });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('draws the text: different titles give different images', async () => {
    const one = await renderCard({ ...factCard, title: 'The 1960 US–Japan security treaty' });
    const other = await renderCard({ ...factCard, title: 'Legal limits on Japan’s response' });
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });

  it('draws the description and footer when given', async () => {
    const bare = await renderCard({ kicker: 'Timeline', title: 'Timeline' });
    const withDescription = await renderCard({
      kicker: 'Timeline',
      title: 'Timeline',
      description: 'Events in order.',
    });
    const withFooter = await renderCard({ kicker: 'Timeline', title: 'Timeline', footer });
    expect(Buffer.from(withDescription).equals(Buffer.from(bare))).toBe(false);
    expect(Buffer.from(withFooter).equals(Buffer.from(bare))).toBe(false);
  });

  it('renders an extremely long title, description and footer without throwing', async () => {
    const png = await renderCard({
      kicker: 'Source article '.repeat(20),
      title: 'Japan US alliance would weaken if Tokyo ignored a Taiwan crisis, '.repeat(60),
      description: 'https://example.com/' + 'a'.repeat(2_000),
      footer: footer.repeat(20),
    });
    expect(pngSize(png)).toMatchObject({ width: 1200, height: 630 });
  });

  it('renders Japanese text with real glyphs, not identical blank boxes', async () => {
    const takaichi = await renderCard({
      kicker: '事実',
      title: '高市早苗首相、台湾有事で「日米同盟は崩壊する」',
      footer,
    });
    expect(pngSize(takaichi)).toMatchObject({ width: 1200, height: 630 });
    // Were the Japanese font missing, both titles would be the same row of
    // "missing glyph" boxes and so the same image.
    const [one, other] = await Promise.all([
      renderCard({ kicker: 'Fact', title: '高市早苗' }),
      renderCard({ kicker: 'Fact', title: '台湾有事' }),
    ]);
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });

  it('renders text in scripts no bundled font covers without throwing', async () => {
    const png = await renderCard({ kicker: 'Fact', title: '한국어 제목 · Ελληνικά · עברית · 🇯🇵' });
    expect(pngSize(png)).toMatchObject({ width: 1200, height: 630 });
  });

  it('draws with no mask or clip path, which resvg would rasterise as a full-card layer each', async () => {
    const long = {
      ...factCard,
      title: 'An alliance headline long enough to need the clamp, '.repeat(8),
      footer: footer.repeat(5),
    };
    for (const card of [factCard, long, { kicker: '事実', title: '高市早苗首相' }]) {
      const svg = await renderCardSvg(card);
      expect(svg).toContain('<path');
      expect(svg).not.toMatch(/\b(?:mask|clip-path)="url\(/);
      // The text is all outlines: resvg needs no fonts.
      expect(svg).not.toContain('<text');
    }
  });

  it('rejects an empty title, which would be a wiring mistake', async () => {
    await expect(renderCard({ kicker: 'Fact', title: '  \n ' })).rejects.toThrow(TypeError);
  });
});
