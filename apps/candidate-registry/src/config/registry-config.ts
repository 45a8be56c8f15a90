import { serviceConfigSchema } from '@titrepro/platform-nest';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false'])
  .default('true')
  .transform((value) => value === 'true');

/** The platform's variables plus the registry's own. */
export const registryConfigSchema = serviceConfigSchema.extend({
  /** Publish integration events to Kafka from this process (tests may turn it off). */
  RELAY_ENABLED: flag,
  /** Topic override for the registry's integration events (tests use their own topic). */
  REGISTRY_EVENTS_TOPIC: z.string().min(1).optional(),
});

export type RegistryConfig = z.output<typeof registryConfigSchema>;
