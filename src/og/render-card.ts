/**
 * Renders a social preview card (Open Graph / Twitter image) to PNG bytes at
 * build time: 1200×630, no network, same input → same bytes.
 *
 * Usage, e.g. from a static endpoint `src/pages/og/[...path].png.ts`:
 *
 *   import { renderCard } from '../../og/render-card';
 *   import { cardPathFor } from '../../og/card-path';
 *
 *   const png = await renderCard({
 *     kicker: 'Fact',
 *     title: fact.data.title,
 *     description: fact.data.summary,
 *     footer: '<story title> — a source briefing',
 *   });
 *   return new Response(png, { headers: { 'Content-Type': 'image/png' } });
 *
 * and in the page head, with `cardPathFor(Astro.url.pathname)` made absolute
 * against `Astro.site`:
 *
 *   <meta property="og:image" content={imageUrl} />
 *   <meta property="og:image:width" content={String(CARD_WIDTH)} />
 *   <meta property="og:image:height" content={String(CARD_HEIGHT)} />
 *   <meta name="twitter:card" content="summary_large_image" />
 *
 * Pipeline: satori lays the card out and writes an SVG with every glyph as a
 * path (fonts come from @fontsource packages, see card-fonts.ts); resvg
 * rasterises it with system fonts switched off, so the machine's fonts can
 * never change the output.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsForText } from './card-fonts';
import { cardElement, layOutCardText } from './card-layout';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import type { PreviewCard } from './preview-card';

export type { PreviewCard } from './preview-card';
export { CARD_HEIGHT, CARD_WIDTH } from './card-size';

/**
 * Renders `card` to a 1200×630 PNG. Throws a TypeError for an empty title.
 * Characters no bundled font has (e.g. Korean) are drawn as blanks rather than
 * failing the build.
 */
export async function renderCard(card: PreviewCard): Promise<Uint8Array> {
  const text = layOutCardText(card);
  const fonts = await fontsForText([text.kicker, text.title, text.description, text.footer]);
  const svg = await satori(cardElement(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // Rasterising is the costly part: renderAsync does it on libuv's thread pool, so pages rendered
  // concurrently (build.concurrency) use every core instead of queueing on the main thread.
  const png = (
    await renderAsync(svg, {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    })
  ).asPng();
  // A fresh Uint8Array, not Node's Buffer: a Buffer may be a view into a shared
  // pool, which would surprise a caller that uses `.buffer`.
  return new Uint8Array(png);
}
