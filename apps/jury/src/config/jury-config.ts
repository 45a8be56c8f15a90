import { kitConfigSchema } from '@titrepro/service-kit';
import { z } from 'zod';

/** The kit's variables, and how often the service looks for capitalisation windows that ran out. */
export const juryConfigSchema = kitConfigSchema.extend({
  /** Minutes between two sweeps for closed capitalisation windows (one also runs at start-up). */
  CAPITALISATION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
});

export type JuryConfig = z.output<typeof juryConfigSchema>;
