import { flag, serviceConfigSchema } from '@titrepro/platform-nest';
import { z } from 'zod';
import { refineServiceClient, regionPeerVariables } from '../regions/region-peers.config';
import { connectionBudgetVariables } from './connection-budget';
import { keyStoreVariables, refineKeyStoreDatabase } from './key-store-config';

/** The platform's variables plus those of the kit's modules; a service extends this schema. */
export const kitConfigSchema = serviceConfigSchema
  .extend({
    /** Publish the service's integration events to Kafka from this process. */
    RELAY_ENABLED: flag('true'),
    /** How long an Idempotency-Key is remembered; a retry after that is a new request. */
    IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(48),
    /** Start the service's Kafka consumers (the erasure reactor and the service's own) in this process. */
    CONSUMERS_ENABLED: flag('true'),
    /**
     * How long a consumed event about a candidate waits for the registry's news that its source region
     * is their home (a registration, a handover not seen yet) before it is dead-lettered as untrusted.
     */
    AWAITING_HOME_TIMEOUT_SECONDS: z.coerce.number().min(1).max(7 * 24 * 3600).default(900),
    /**
     * A consumer group with messages waiting whose committed offset has not moved for this long is
     * stalled: `/health/ready` answers `down` (503) naming it.
     */
    CONSUMER_STALL_SECONDS: z.coerce.number().min(1).max(24 * 3600).default(120),
    /**
     * A projection failing for the environment's reasons for this long while events wait for it
     * cannot advance: `/health/ready` answers `down` (503) naming it.
     */
    PROJECTION_STALL_SECONDS: z.coerce.number().min(1).max(24 * 3600).default(120),
    /**
     * Prepended to every topic the service publishes to or consumes from. Empty in production; tests
     * and side-by-side deployments on one shared cluster use it to keep their topics apart.
     */
    KAFKA_TOPIC_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9._-]*$/, 'must hold only letters, digits, ".", "_" and "-"')
      .default(''),
    /** KEY_STORE_URL (required, never DATABASE_URL's database) and KEY_STORE_SCHEMA: see key-store-config.ts. */
    ...keyStoreVariables,
    /** REGION_PEERS and the SERVICE_* client credentials, for region-to-region calls: see region-peers.config.ts. */
    ...regionPeerVariables,
    /** DATABASE_POOL_SIZE and the pools' sizes: see connection-budget.ts. */
    ...connectionBudgetVariables,
  })
  .superRefine(refineKeyStoreDatabase)
  .superRefine(refineServiceClient);

export type KitConfig = z.output<typeof kitConfigSchema>;
