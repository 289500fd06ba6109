import type { APIRoute, GetStaticPaths } from 'astro';
import { originalTextName } from '../../briefing/originals';
import { formatProblems } from '../../briefing/problems';
import { MAX_ORIGINAL_BYTES } from '../../loader/load-content';
import { readContentFile } from '../../loader/content-file';
import { loadBriefing } from '../../lib/briefing-data';

/** Serves each original text exactly as received, byte for byte, for readers to check against. */
export const getStaticPaths = (async () => {
  const { briefing } = await loadBriefing();
  return [...briefing.articles.values()].map((article) => ({
    params: { name: originalTextName(article.data.original) },
    props: { file: article.data.original },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // Through the sandboxed reader even though the content check ran first: a link to the build's
  // environment or to a file outside the project must never reach the published site.
  const read = readContentFile(process.cwd(), `content/originals/${props.file}`, MAX_ORIGINAL_BYTES);
  if (read.bytes === undefined) throw new Error(formatProblems(read.problems));
  return new Response(new Uint8Array(read.bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
