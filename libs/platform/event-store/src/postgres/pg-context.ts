import type { Pool } from 'pg';
import type { KeyStore } from '../port/key-store';
import type { SnapshotPolicy } from '../port/snapshot';
import type { AppendStatements } from './append-statements';
import type { HeadCache } from './head-cache';
import type { RowTypes } from './row-types';
import type { CommitNotifier } from './commit-notifier';
import type { SchemaNames } from './schema-names';

/** What the PostgreSQL adapter's parts share. */
export interface PgContext {
  readonly pool: Pool;
  readonly names: SchemaNames;
  readonly keyStore: KeyStore | undefined;
  readonly snapshots: ReadonlyMap<string, SnapshotPolicy>;
  readonly heads: HeadCache;
  readonly statements: AppendStatements;
  readonly notifier: CommitNotifier;
  /** The type parsers of the store's reads (rowTypesOf). */
  readonly rowTypes: RowTypes;
}
