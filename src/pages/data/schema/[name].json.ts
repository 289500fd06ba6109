import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema } from '../../../briefing/views/export/json-schema';
import { jsonResponse } from '../../../briefing/views/export/json-response';
import { EXPORT_NAMES, type ExportName } from '../../../briefing/views/export/schemas';
import { siteLinks } from '../../../briefing/views/export/site-links';

/**
 * One JSON Schema per export, generated from the zod schemas: `/data/schema/<name>.json`. A schema shows
 * nothing of the content, only code and the site's address, both of which Astro's incremental build
 * checks itself: the key is the same on every build, so the page is restored until that code changes.
 */
export const getStaticPaths = (() =>
  EXPORT_NAMES.map((name) => ({
    params: { name },
    props: { name },
    cacheKey: `schema of ${name}`,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: ExportName }> = ({ props, site }) =>
  jsonResponse(exportJsonSchema(props.name, siteLinks(site, import.meta.env.BASE_URL)));
