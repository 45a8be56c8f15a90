import { Param, Query, type PipeTransform } from '@nestjs/common';
import { ApiParam, ApiQuery } from '@nestjs/swagger';
import { identifier } from '@titrepro/domain-kernel';
import type { z } from 'zod';
import { RequestValidationException } from '../errors/request-validation.exception';
import { openApiSchema } from '../openapi/openapi-schema';

/** Parses one path parameter with its schema; a failure names the parameter and never quotes the value (it may hold any byte). */
class ParameterPipe implements PipeTransform<unknown, unknown> {
  constructor(
    private readonly name: string,
    private readonly where: 'path' | 'query',
    private readonly schema: z.ZodType,
  ) {}

  transform(value: unknown): unknown {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (value === undefined) throw new RequestValidationException([{ field: this.name, message: `(${this.where} parameter) is required` }]);
    throw new RequestValidationException([{ field: this.name, message: `(${this.where} parameter) ${parsed.error.issues[0]?.message ?? 'is not valid'}` }]);
  }
}

/**
 * A path parameter parsed at the edge with `schema`, before any handler, database or stream sees
 * it: 400 naming it otherwise. The same schema is published as the parameter's OpenAPI schema, so
 * what the document says (its `pattern`) is what the route enforces.
 */
export const PathParam =
  (name: string, schema: z.ZodType): ParameterDecorator =>
  (target, key, index) => {
    Param(name, new ParameterPipe(name, 'path', schema))(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiParam({ name, required: true, schema: openApiSchema(schema, 'input') })(target, key, descriptor);
  };

/** A path parameter that is an id (`identifier` of the domain kernel: 1 to 64 letters, digits, `-`, `_`). */
export const IdParam = (name: string): ParameterDecorator => PathParam(name, identifier);

/**
 * A query parameter parsed at the edge with `schema` (make it `.optional()` when it may be left
 * out), documented with it in OpenAPI; 400 naming it otherwise.
 */
export const QueryParam =
  (name: string, schema: z.ZodType): ParameterDecorator =>
  (target, key, index) => {
    Query(name, new ParameterPipe(name, 'query', schema))(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    const required = !schema.safeParse(undefined).success;
    if (descriptor) ApiQuery({ name, required, schema: openApiSchema(schema, 'input') })(target, key, descriptor);
  };
