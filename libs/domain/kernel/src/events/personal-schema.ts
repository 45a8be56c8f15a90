import { z } from 'zod';
import { REDACTED, type Personal } from './personal';

const redactedSchema = z.strictObject({ redacted: z.literal(true) }).transform(() => REDACTED);

/** The stored form of a personal field: its value, or REDACTED once the subject was forgotten. */
export const personal = <Schema extends z.ZodType>(schema: Schema): z.ZodType<Personal<z.output<Schema>>, unknown> =>
  z.union([redactedSchema, schema]) as unknown as z.ZodType<Personal<z.output<Schema>>, unknown>;

/** Whether a schema accepts the REDACTED marker, i.e. describes a personal field. */
export const acceptsRedacted = (schema: z.ZodType): boolean => schema.safeParse(REDACTED).success;

/**
 * The fields of an event's object schema that accept REDACTED: what the store may hand back
 * unreadable. Catalogue specs check that they are exactly the fields declared personal.
 */
export const fieldsAcceptingRedacted = (schema: z.ZodType): string[] => {
  if (!(schema instanceof z.ZodObject)) throw new Error('an event schema is an object schema');
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => acceptsRedacted(field))
    .map(([name]) => name);
};
