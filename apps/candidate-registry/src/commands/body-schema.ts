import { z } from 'zod';

/** A command's zod schema as an OpenAPI body, without the fields the server fills in (ids from the path, region). */
export const bodySchema = (schema: z.ZodType, serverFields: readonly string[]): Record<string, unknown> => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = { ...(json['properties'] as Record<string, unknown> | undefined) };
  for (const field of serverFields) delete properties[field];
  const required = ((json['required'] as string[] | undefined) ?? []).filter((field) => !serverFields.includes(field));
  return { ...json, properties, required };
};
