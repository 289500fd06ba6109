/**
 * Where one preview card's time goes: the project's card code (src/og/, loaded through tsx) run stage by
 * stage in this process on cards made from the generated corpus, timed in CPU milliseconds of this thread:
 * fitting the text, satori (layout and glyph outlines), resvg parsing the SVG, rasterising, PNG encoding.
 * The first card is reported apart: it parses the fonts, once per thread.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as load } from 'yaml';
import { tsImport } from 'tsx/esm/api';

/** CPU milliseconds of this thread (of the process on Node without threadCpuUsage). */
const cpuMs = () => {
  const usage = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Cards like the site's article cards: headline, "Publisher, date: opening paragraph" clipped to 200 characters. */
export async function corpusCards(articlesDir, count) {
  const files = (await readdir(articlesDir))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .slice(0, count);
  const cards = [];
  for (const file of files) {
    const text = await readFile(path.join(articlesDir, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = load(frontmatter);
    const opening =
      body
        .split(/\n{2,}/)
        .map((block) => block.replace(/\s*\{#[^}]*\}\s*$/, '').trim())
        .find((block) => !block.startsWith('#') && block.split(/\s+/).length > 12) ?? '';
    const description = `${data.publisher?.value ?? ''}, ${data.published?.value ?? ''}: ${opening}`;
    cards.push({
      kicker: 'Source article',
      title: String(data.title?.value ?? file),
      description: description.length <= 200 ? description : `${description.slice(0, 199).replace(/\s+\S*$/, '')}…`,
      footer: 'Takaichi, Taiwan and the alliance — a source briefing',
    });
  }
  return cards;
}

/** Times each stage over `count` cards from the corpus in `corpusDir`; returns ms per card per stage. */
export async function measureCardStages(projectDir, corpusDir, { count = 100 } = {}) {
  const og = (file) => tsImport(path.join(projectDir, 'src', 'og', file), import.meta.url);
  const [{ layOutCardText, cardElement }, { fontsForText }, { CARD_WIDTH, CARD_HEIGHT }] = await Promise.all([
    og('card-layout.ts'),
    og('card-fonts.ts'),
    og('card-size.ts'),
  ]);
  const { default: satori } = await import('satori');
  const { Resvg } = await import('@resvg/resvg-js');
  const cards = await corpusCards(path.join(corpusDir, 'articles'), count + 1);
  const stages = { fit: 0, satori: 0, parse: 0, rasterise: 0, encode: 0 };
  let first;
  let bytes = 0;
  for (const [index, card] of cards.entries()) {
    const times = {};
    let at = cpuMs();
    const lap = (stage) => {
      const now = cpuMs();
      times[stage] = now - at;
      at = now;
    };
    const text = layOutCardText(card);
    lap('fit');
    const fonts = await fontsForText([text.kicker, text.title, text.description, text.footer]);
    const svg = await satori(cardElement(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    lap('satori');
    const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
    lap('parse');
    const image = resvg.render();
    lap('rasterise');
    bytes += image.asPng().length;
    lap('encode');
    if (index === 0) first = Object.values(times).reduce((sum, ms) => sum + ms, 0);
    else for (const stage of Object.keys(stages)) stages[stage] += times[stage];
    // Let resvg's finalisers run (see src/og/card-pool.ts).
    await new Promise((resolve) => setImmediate(resolve));
  }
  const measured = cards.length - 1;
  const perCard = Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, ms / measured]));
  return {
    cards: measured,
    firstCardMs: first,
    perCard,
    totalMs: Object.values(perCard).reduce((sum, ms) => sum + ms, 0),
    averageBytes: bytes / cards.length,
  };
}
