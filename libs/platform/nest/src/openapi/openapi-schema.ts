import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** A body or response shape: a zod schema, or an OpenAPI 3.0 schema object written out. */
export type OpenApiSchemaSource = z.ZodType | SchemaObject;

/** A `$ref` or `$defs` would point into the schema itself, which means the document root once inlined. */
const refersToItself = (json: unknown): boolean =>
  typeof json === 'object' &&
  json !== null &&
  Object.entries(json).some(([key, value]) => key === '$ref' || key === '$defs' || refersToItself(value));

/**
 * The OpenAPI 3.0 schema of `source`: a zod schema goes through `z.toJSONSchema` with the
 * `openapi-3.0` target (`nullable`, no `const`); `io` picks the parse input (request bodies) or
 * output (responses). Refuses recursive shapes, whose references an inlined operation schema cannot hold.
 */
export const openApiSchema = (source: OpenApiSchemaSource, io: 'input' | 'output' = 'output'): SchemaObject => {
  if (!(source instanceof z.ZodType)) return source;
  const { $schema: _dialect, ...json } = z.toJSONSchema(source, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  if (refersToItself(json)) {
    throw new Error('this zod schema is recursive (its JSON schema needs $ref or $defs): describe it as a component instead');
  }
  return json as SchemaObject;
};
