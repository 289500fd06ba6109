/**
 * PNG encoders for the preview cards, at equal quality: PNG is lossless, so each encoder is given the same
 * rasterised pixels (resvg's), and its output is decoded again and checked to be those pixels. Timed in
 * CPU milliseconds of the whole process (sharp encodes on libvips threads), with the bytes it produced.
 */
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { corpusCards } from './card-stages.mjs';

const processCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Rasterises `count` corpus cards once, then encodes them with each encoder; ms and bytes per card. */
export async function measureEncoders(projectDir, corpusDir, { count = 40 } = {}) {
  const og = (file) => tsImport(path.join(projectDir, 'src', 'og', file), import.meta.url);
  const [{ layOutCardText, cardElement }, { fontsForText }, { CARD_WIDTH, CARD_HEIGHT }] = await Promise.all([
    og('card-layout.ts'),
    og('card-fonts.ts'),
    og('card-size.ts'),
  ]);
  const { default: satori } = await import('satori');
  const { Resvg } = await import('@resvg/resvg-js');
  const { default: sharp } = await import('sharp');
  sharp.concurrency(1);
  const images = [];
  for (const card of await corpusCards(path.join(corpusDir, 'articles'), count)) {
    const text = layOutCardText(card);
    const fonts = await fontsForText([text.kicker, text.title, text.description, text.footer]);
    const svg = await satori(cardElement(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    images.push(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render());
  }
  const raw = (image) => ({ raw: { width: image.width, height: image.height, channels: 4 } });
  const encoders = [
    { name: 'resvg asPng() (what the site uses)', encode: async (image) => image.asPng() },
    ...[9, 6, 3, 1].map((level) => ({
      name: `sharp (libvips), compressionLevel ${level}`,
      encode: (image) =>
        sharp(image.pixels, raw(image)).png({ compressionLevel: level, adaptiveFiltering: false }).toBuffer(),
    })),
  ];
  const rows = [];
  for (const encoder of encoders) {
    let ms = 0;
    let bytes = 0;
    let identical = true;
    for (const image of images) {
      const started = processCpuMs();
      const png = await encoder.encode(image);
      ms += processCpuMs() - started;
      bytes += png.length;
      const decoded = await sharp(png).ensureAlpha().raw().toBuffer();
      if (!decoded.equals(Buffer.from(image.pixels))) identical = false;
    }
    rows.push({ name: encoder.name, msPerCard: ms / images.length, bytesPerCard: bytes / images.length, identical });
  }
  return { cards: images.length, rows };
}
