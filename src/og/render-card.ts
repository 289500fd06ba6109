/**
 * Renders a social preview card (Open Graph / Twitter image) to PNG bytes at
 * build time: 1200×630, no network, same input → same bytes.
 *
 * Pipeline: satori lays the card out and writes an SVG with every glyph as a
 * path (fonts come from @fontsource packages, see card-fonts.ts); resvg
 * rasterises it with no fonts at all (the SVG has no text left to set, and
 * system fonts could only make output depend on the machine) and encodes the
 * PNG. In a build this runs on worker threads (card-pool.ts); the route goes
 * through the cache (card-renderer.ts) and never calls it directly.
 *
 * Where a card's time goes (CPU ms, 1200×630, Latin text, warm): satori ≈ 7
 * (layout and glyph outlines as path strings), resvg parse ≈ 2, rasterise
 * ≈ 6, PNG encoding ≈ 10; fitting the text < 0.5. Each thread parses the
 * fonts once (≈ 150 ms; the Japanese face only when a card needs it).
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsForText } from './card-fonts';
import { cardElement, layOutCardText } from './card-layout';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import type { PreviewCard } from './preview-card';

export type { PreviewCard } from './preview-card';
export { CARD_HEIGHT, CARD_WIDTH } from './card-size';

/** The card as satori draws it: an SVG whose text is all paths. Throws a TypeError for an empty title. */
export async function renderCardSvg(card: PreviewCard): Promise<string> {
  const text = layOutCardText(card);
  const fonts = await fontsForText([text.kicker, text.title, text.description, text.footer]);
  return satori(cardElement(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

/**
 * Renders `card` to a 1200×630 PNG. Throws a TypeError for an empty title.
 * Characters no bundled font has (e.g. Korean) are drawn as blanks rather than
 * failing the build.
 */
export async function renderCard(card: PreviewCard): Promise<Uint8Array> {
  const svg = await renderCardSvg(card);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  // A fresh Uint8Array, not Node's Buffer: a Buffer may be a view into a shared
  // pool, which would surprise a caller that uses `.buffer`.
  return new Uint8Array(png);
}
