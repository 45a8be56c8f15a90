import { flag, serviceConfigSchema } from '@titrepro/platform-nest';
import { z } from 'zod';

/** The platform's variables plus those of the kit's modules; a service extends this schema. */
export const kitConfigSchema = serviceConfigSchema.extend({
  /** Publish the service's integration events to Kafka from this process. */
  RELAY_ENABLED: flag('true'),
  /**
   * Prepended to every topic the service publishes to or consumes from. Empty in production; tests
   * and side-by-side deployments on one shared cluster use it to keep their topics apart.
   */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/, 'must hold only letters, digits, ".", "_" and "-"')
    .default(''),
});

export type KitConfig = z.output<typeof kitConfigSchema>;
