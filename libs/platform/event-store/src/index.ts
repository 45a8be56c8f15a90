// Port
export * from './port/event-metadata';
export * from './port/events';
export * from './port/expected-revision';
export * from './port/event-store';
export * from './port/key-store';
export * from './port/snapshot';

// Schema evolution, integrity, commands
export { canonicalJson } from './integrity/canonical-json';
export { eventHash, GENESIS_HASH, type HashedContent } from './integrity/event-hash';
export { ChainVerifier, type StoredLink } from './integrity/chain-verifier';
export { STORED_LINK_COLUMNS, storedLinkOf, type StoredLinkRow } from './postgres/stored-link-row';
// The store's AES-256-GCM, for bytes sealed under a subject key outside the store (documents).
export { sealBytes, unsealBytes } from './crypto/aes-gcm';
export { handleCommand, type CommandOutcome } from './command/handle-command';
export type { CommandContext, EventDescription } from './command/command-context';
export { loadState, type LoadedState, type LoadStateOptions } from './command/load-state';

// Adapters
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { PostgresKeyStore, type PostgresKeyStoreOptions } from './postgres/postgres-key-store';
export type { AdoptedKey, Adoption, ForgottenSubject } from './postgres/key-adoption';
export { migrateKeyStore } from './postgres/key-store-migrations';
export { moveSubjectKeys, SubjectKeysNotMovedError, type MovedSubjectKeys } from './postgres/move-subject-keys';
export { migrate as migrateEventStore } from './postgres/migrate';
export { runSqlMigrations, type SqlMigration } from './postgres/sql-migrations';
export { withPgTransaction } from './postgres/with-pg-transaction';
// The EventStoreDB adapter is `@titrepro/event-store/eventstoredb`, apart: @eventstore/db-client loads gRPC,
// protobuf descriptors and OpenTelemetry (about 170 modules, 8 MB of a service's heap) that a service on
// PostgreSQL never uses.
export { isTransientFailure, postgresErrorCode } from './postgres/failure-kind';
// In memory, for fast tests of deciders with their projections (passes the same contract suite).
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './memory/in-memory-event-store';
export { InMemoryKeyStore } from './memory/in-memory-key-store';
export { InMemoryLog } from './memory/in-memory-log';
