import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * A draft 2020-12 validator holding the given JSON Schemas (by their `$id`), checking formats too
 * (uri, date), as a consumer of the published files would.
 */
export function jsonSchemaValidator(schemas: readonly object[]) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}
