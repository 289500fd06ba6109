import { basename } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardCacheDir, cardWorkerUrl, rendererDigest } from 'virtual:briefing/preview-cards';
import { allPageMeta, type PageMeta } from '../../lib/page-meta';
import { cardFile } from '../../og/card-cache';
import { cardPathFor } from '../../og/card-path';
import { createCardPool } from '../../og/card-pool';
import { createCardRenderer } from '../../og/card-renderer';
import type { PreviewCard } from '../../og/preview-card';
import { loadBriefing } from '../../lib/briefing-data';

/** Cards render on worker threads in a build (on this thread in `astro dev`), through the cache. */
const pool = cardWorkerUrl ? createCardPool(cardWorkerUrl) : undefined;
const cache = { dir: cardCacheDir, renderer: rendererDigest };
const cards = createCardRenderer(cache, pool?.render);

const cardFor = (page: PageMeta, footer: string): PreviewCard => ({
  kicker: page.kicker,
  title: page.title,
  description: page.description,
  footer,
});

/** One social preview image per page, rendered at build time (no external service). */
export const getStaticPaths = (async () => {
  const pages = await allPageMeta();
  const footer = (await loadBriefing()).names.site;
  // Astro asks every route for its paths before it renders any page: starting the cards now lets the
  // worker threads draw them while the main thread renders the HTML. The threads stop once all are
  // drawn, so their memory is not added to that of the steps after.
  if (pool) void cards.prefetch(pages.map((page) => cardFor(page, footer))).then(pool.destroy);
  // A card is its words drawn by the renderer: cardFile() names it by exactly that, so the name is its key.
  return pages.map((page) => ({
    params: {
      card: cardPathFor(page.path)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { page, footer },
    cacheKey: basename(cardFile(cache, cardFor(page, footer))),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageMeta; footer: string }> = async ({ props }) => {
  const png = await cards.png(cardFor(props.page, props.footer));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
