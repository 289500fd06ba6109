import type { APIRoute, GetStaticPaths } from 'astro';
import { readKeptOriginal, type KeptOriginal } from '../../content-layer/kept-originals';
import { originalTextName } from '../../model/originals';
import { loadBriefing } from '../../lib/briefing-data';

/** Serves each original text exactly as received, byte for byte, for readers to check against. */
export const getStaticPaths = (async () => {
  const { briefing, originals } = await loadBriefing();
  return [...briefing.articles.values()].map((article) => {
    // Read once by the loader, through its sandboxed reader, and kept for this page: a link to the
    // build's environment or to a file outside the project never reaches the published site.
    const kept = originals.get(article.data.original);
    if (kept === undefined)
      throw new Error(`content/originals/${article.data.original} was not loaded: run the build again.`);
    return {
      params: { name: originalTextName(article.data.original) },
      props: { kept },
      // The page is the file's bytes: an unchanged file is restored from the last build (astro.config.mjs).
      cacheKey: kept.sha256,
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kept: KeptOriginal }> = ({ props }) => {
  return new Response(new Uint8Array(readKeptOriginal(props.kept)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
