import { Injectable, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { RequestValidationException } from '../errors/request-validation.exception';

/** Validates a body, query or params object against a zod schema; failures name every field. */
@Injectable()
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const parsed = this.schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    throw new RequestValidationException(
      parsed.error.issues.map((issue) => ({
        field: issue.path.length ? issue.path.map(String).join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]') : 'body',
        message: issue.message,
      })),
    );
  }
}
