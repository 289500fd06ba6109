import type { APIRoute, GetStaticPaths } from 'astro';
import { allPageMeta, type PageMeta } from '../../lib/page-meta';
import { cardPathFor } from '../../og/card-path';
import { cachedCard } from '../../og/card-cache';
import { renderCard } from '../../og/render-card';
import { briefingNames, briefingSettings } from '../../loader/briefing-settings';

/** One social preview image per page, rendered at build time (no external service). */
export const getStaticPaths = (async () => {
  const pages = await allPageMeta();
  return pages.map((page) => ({ params: { card: cardPathFor(page.path).replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageMeta }> = async ({ props }) => {
  const png = await cachedCard({
    kicker: props.page.kicker,
    title: props.page.title,
    description: props.page.description,
    footer: briefingNames(briefingSettings()).site,
  }, renderCard);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
