import { runSqlMigrations } from '@titrepro/event-store';
import type { Pool } from 'pg';
import { MESSAGING_MIGRATIONS } from './migrations';

/** The PostgreSQL schema the messaging tables live in (migrations recorded in `messaging.schema_migrations`). */
export const MESSAGING_SCHEMA = 'messaging';
/** Where a relay resumes: the global position of the last event Kafka acknowledged. */
export const RELAY_CHECKPOINT_TABLE = 'messaging.relay_checkpoints';
/** Events a relay parked (could not map, or held behind one it could not map). */
export const RELAY_PARKED_EVENTS_TABLE = 'messaging.relay_parked_events';
/** Event ids a consumer has applied (or dead-lettered), recorded with the effect. */
export const INBOX_TABLE = 'messaging.inbox';
/** Messages a consumer could not apply, and those held behind them, in sequence per key. */
export const DEAD_LETTERS_TABLE = 'messaging.dead_letters';

/**
 * Brings the `messaging` schema up to date (versioned migrations under an advisory lock: safe from
 * several replicas at once, and at every start). Returns the versions it applied.
 */
export const migrateMessagingTables = (pool: Pool): Promise<number[]> => runSqlMigrations(pool, MESSAGING_SCHEMA, MESSAGING_MIGRATIONS);
