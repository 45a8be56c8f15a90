import { ConfigError } from '@titrepro/platform-nest';
import { z } from 'zod';

const poolSize = z.coerce.number().int().min(1).max(500);

/**
 * How many PostgreSQL connections one service process may hold, at most, over all its pools
 * (root README, "Connection budget"). DATABASE_POOL_SIZE is the total; the three pools' sizes are
 * derived from it unless set.
 */
export const connectionBudgetVariables = {
  /** Every connection the process may hold: pools, LISTEN, election locks, readiness probes. */
  DATABASE_POOL_SIZE: poolSize.default(11),
  /** The event store's pool: commands, consumers' units of work, idempotency keys, relay reads. Default: what the others leave. */
  EVENT_STORE_POOL_SIZE: poolSize.optional(),
  /** The read models' pool (TypeORM): projections and queries. Default 2 (1 when the budget is tight). */
  READ_MODEL_POOL_SIZE: poolSize.optional(),
  /** The key store's pool (KEY_STORE_URL). Default 1. */
  KEY_STORE_POOL_SIZE: poolSize.optional(),
  /** How long a request waits for a pooled connection before it answers 503 with Retry-After. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
} as const;

/** The connections a process holds besides its pools: one each, whatever the load. */
export interface DedicatedConnections {
  /** The event store's LISTEN connection (new events wake subscriptions). */
  readonly listen: 1;
  /** The projection runners' election locks, all on one connection (none without projections), which the process's one-replica jobs (the jury's capitalisation sweep) share. */
  readonly projectionLocks: number;
  /** The relay's lock connection, through which it also writes its checkpoint (0 when the relay does not run here). */
  readonly relayLock: number;
  /** The readiness probes of the event store's and the key store's databases. */
  readonly readinessProbes: 2;
}

export interface ConnectionBudget {
  readonly total: number;
  readonly eventStore: number;
  readonly readModels: number;
  readonly keyStore: number;
  readonly dedicated: DedicatedConnections;
  readonly poolTimeoutMs: number;
}

export interface BudgetVariables {
  readonly DATABASE_POOL_SIZE: number;
  readonly EVENT_STORE_POOL_SIZE?: number | undefined;
  readonly READ_MODEL_POOL_SIZE?: number | undefined;
  readonly KEY_STORE_POOL_SIZE?: number | undefined;
  readonly DATABASE_POOL_TIMEOUT_MS: number;
}

/** Thrown at start-up: the budget cannot hold what the service opens. Names the variable. */
export class ConnectionBudgetError extends ConfigError {}

// Below two, a command that reads a stream while an Idempotency-Key's transaction holds the other would wait on itself.
const MINIMUM_EVENT_STORE_POOL = 2;

/**
 * Splits DATABASE_POOL_SIZE between the pools once the dedicated connections are counted; a size
 * set explicitly is kept, and the sum must fit. The event store's pool gets what is left: it serves
 * the requests and the consumers.
 */
export const connectionBudget = (variables: BudgetVariables, service: { readonly projections: number; readonly relay: boolean }): ConnectionBudget => {
  const dedicated: DedicatedConnections = { listen: 1, projectionLocks: service.projections > 0 ? 1 : 0, relayLock: service.relay ? 1 : 0, readinessProbes: 2 };
  const dedicatedCount = dedicated.listen + dedicated.projectionLocks + dedicated.relayLock + dedicated.readinessProbes;
  const total = variables.DATABASE_POOL_SIZE;
  const left = total - dedicatedCount;
  const keyStore = variables.KEY_STORE_POOL_SIZE ?? 1;
  const readModels = variables.READ_MODEL_POOL_SIZE ?? (left - keyStore >= MINIMUM_EVENT_STORE_POOL + 3 ? 2 : 1);
  const eventStore = variables.EVENT_STORE_POOL_SIZE ?? left - keyStore - readModels;
  const used = dedicatedCount + eventStore + readModels + keyStore;
  if (eventStore < MINIMUM_EVENT_STORE_POOL || used > total) {
    throw new ConnectionBudgetError([
      `DATABASE_POOL_SIZE: ${total} cannot hold this service's connections: ${dedicatedCount} dedicated (1 LISTEN, ${dedicated.projectionLocks} projection lock connection, ${dedicated.relayLock} relay lock, 2 readiness probes) + event store ${eventStore} (at least ${MINIMUM_EVENT_STORE_POOL}) + read models ${readModels} + key store ${keyStore} = ${used}; raise it to ${dedicatedCount + Math.max(eventStore, MINIMUM_EVENT_STORE_POOL) + readModels + keyStore} or lower EVENT_STORE_POOL_SIZE, READ_MODEL_POOL_SIZE or KEY_STORE_POOL_SIZE`,
    ]);
  }
  return { total, eventStore, readModels, keyStore, dedicated, poolTimeoutMs: variables.DATABASE_POOL_TIMEOUT_MS };
};

/** `application_name` of a process's connections, so an operator sees in pg_stat_activity who holds what (63 bytes at most). */
export const applicationName = (serviceName: string, region: string, role: string): string => `${serviceName}.${region}/${role}`.slice(0, 63);
