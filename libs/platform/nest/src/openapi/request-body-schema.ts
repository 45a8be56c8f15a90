import type { SchemaObject } from '@nestjs/swagger';
import { openApiSchema, type OpenApiSchemaSource } from './openapi-schema';

/**
 * A command's schema as an OpenAPI request body, without the fields the server fills in (ids from
 * the path, the region): documenting them would invite clients to send values that are ignored.
 */
export const requestBodySchema = (source: OpenApiSchemaSource, serverFields: readonly string[] = []): SchemaObject => {
  const json = openApiSchema(source, 'input');
  if (serverFields.length === 0) return json;
  const properties = Object.fromEntries(Object.entries(json.properties ?? {}).filter(([field]) => !serverFields.includes(field)));
  const required = (json.required ?? []).filter((field) => !serverFields.includes(field));
  // OpenAPI 3.0 refuses an empty `required`: a body whose fields are all the server's has none.
  const { required: _all, ...rest } = json;
  return required.length === 0 ? { ...rest, properties } : { ...rest, properties, required };
};
