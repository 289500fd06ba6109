import { exportSchemas, type ExportName } from './schemas';

/** The bytes of a JSON file: two-space indented, ending in a newline, keys in the builders' order. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON file as a static endpoint's response. */
export function jsonResponse(value: unknown): Response {
  return new Response(jsonText(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * An export as a response, checked against its documented shape first: a builder that drifts from the
 * schema fails the build instead of publishing a file that breaks its own contract. The builder's
 * object is published, not zod's parse result, which would reorder keys to the schema's order.
 */
export function exportResponse(name: ExportName, value: unknown): Response {
  const checked = exportSchemas[name].safeParse(value);
  if (!checked.success) {
    throw new Error(
      `The ${name} export does not match its schema (src/briefing/views/export/schemas.ts):\n${checked.error.message}`,
    );
  }
  return jsonResponse(value);
}
