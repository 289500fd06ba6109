import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { originalTextName } from '../../model/originals';
import { formatProblems } from '../../model/problems';
import { MAX_ORIGINAL_BYTES } from '../../loader/load-content';
import { readContentFile } from '../../loader/content-file';
import { loadBriefing } from '../../lib/briefing-data';

/** Serves each original text exactly as received, byte for byte, for readers to check against. */
export const getStaticPaths = (async () => {
  const { briefing } = await loadBriefing();
  return [...briefing.articles.values()].map((article) => ({
    params: { name: originalTextName(article.data.original) },
    props: { file: article.data.original },
    // The page is the file's bytes: an unchanged file is restored from the last build (astro.config.mjs).
    cacheKey: createHash('sha256').update(readOriginal(article.data.original)).digest('hex'),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  return new Response(new Uint8Array(readOriginal(props.file)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

function readOriginal(file: string): Uint8Array {
  // Through the sandboxed reader even though the content check ran first: a link to the build's
  // environment or to a file outside the project must never reach the published site.
  const read = readContentFile(process.cwd(), `content/originals/${file}`, MAX_ORIGINAL_BYTES);
  if (read.bytes === undefined) throw new Error(formatProblems(read.problems));
  return read.bytes;
}
