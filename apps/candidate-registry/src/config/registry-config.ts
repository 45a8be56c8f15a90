import { kitConfigSchema } from '@titrepro/service-kit';
import type { z } from 'zod';

/** The registry reads the kit's variables only. */
export const registryConfigSchema = kitConfigSchema;

export type RegistryConfig = z.output<typeof registryConfigSchema>;
