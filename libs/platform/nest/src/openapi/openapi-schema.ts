import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** A body or response shape: a zod schema, or an OpenAPI 3.0 schema object written out. */
export type OpenApiSchemaSource = z.ZodType | SchemaObject;

/**
 * The OpenAPI 3.0 schema of `source`: a zod schema goes through `z.toJSONSchema` with the
 * `openapi-3.0` target (`nullable`, no `const`); `io` picks the parse input (request bodies) or
 * output (responses). Refuses shapes that need `$defs`, which an OpenAPI operation cannot hold.
 */
export const openApiSchema = (source: OpenApiSchemaSource, io: 'input' | 'output' = 'output'): SchemaObject => {
  if (!(source instanceof z.ZodType)) return source;
  const { $schema: _dialect, ...json } = z.toJSONSchema(source, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  if ('$defs' in json || 'definitions' in json) {
    throw new Error('this zod schema needs $defs (recursive or registered with an id): describe it as a component instead');
  }
  return json as SchemaObject;
};
