import { z } from 'zod';
import { REDACTED, type Personal } from './personal';

const redactedSchema = z.strictObject({ redacted: z.literal(true) }).transform(() => REDACTED);

/** The stored form of a personal field: its value, or REDACTED once the subject was forgotten. */
export const personal = <Schema extends z.ZodType>(schema: Schema): z.ZodType<Personal<z.output<Schema>>, unknown> =>
  z.union([redactedSchema, schema]) as unknown as z.ZodType<Personal<z.output<Schema>>, unknown>;

/** Whether a schema accepts the REDACTED marker, i.e. describes a personal field. */
export const acceptsRedacted = (schema: z.ZodType): boolean => schema.safeParse(REDACTED).success;
