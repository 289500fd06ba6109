import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema } from '../../../briefing/export/json-schema';
import { jsonResponse } from '../../../briefing/export/json-response';
import { EXPORT_NAMES, type ExportName } from '../../../briefing/export/schemas';
import { siteLinks } from '../../../briefing/export/site-links';

/** One JSON Schema per export, generated from the zod schemas: `/data/schema/<name>.json`. */
export const getStaticPaths = (() =>
  EXPORT_NAMES.map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: ExportName }> = ({ props, site }) =>
  jsonResponse(exportJsonSchema(props.name, siteLinks(site, import.meta.env.BASE_URL)));
