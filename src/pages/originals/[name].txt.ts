import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { originalTextName } from '../../model/originals';
import { loadBriefing } from '../../lib/briefing-data';

/** Serves each original text exactly as received, byte for byte, for readers to check against. */
export const getStaticPaths = (async () => {
  const { briefing, originals } = await loadBriefing();
  return [...briefing.articles.values()].map((article) => {
    // Read once by the loader, through its sandboxed reader: a link to the build's environment or to a
    // file outside the project never reaches the published site.
    const bytes = originals.get(article.data.original);
    if (bytes === undefined)
      throw new Error(`content/originals/${article.data.original} was not loaded: run the build again.`);
    return {
      params: { name: originalTextName(article.data.original) },
      props: { bytes },
      // The page is the file's bytes: an unchanged file is restored from the last build (astro.config.mjs).
      cacheKey: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  return new Response(new Uint8Array(props.bytes as Uint8Array), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
