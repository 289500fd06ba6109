import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { originalTextName } from '../../briefing/originals';
import { loadBriefing } from '../../lib/briefing-data';

/** Serves each original text exactly as received, byte for byte, for readers to check against. */
export const getStaticPaths = (async () => {
  const { graph } = await loadBriefing();
  return [...graph.articles.values()].map((article) => ({
    params: { name: originalTextName(article.data.original) },
    props: { file: article.data.original },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(`${process.cwd()}/content/originals/${props.file}`);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
