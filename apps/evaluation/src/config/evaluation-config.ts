import { kitConfigSchema } from '@titrepro/service-kit';
import { z } from 'zod';

const MEBIBYTE = 1024 * 1024;

/** The kit's variables, and the largest DSPP document the service takes. */
export const evaluationConfigSchema = kitConfigSchema.extend({
  /** Largest DSPP document accepted, in bytes (each activité type's file); over it, 413 naming the limit. */
  DSPP_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * MEBIBYTE).default(10 * MEBIBYTE),
});

export type EvaluationConfig = z.output<typeof evaluationConfigSchema>;
