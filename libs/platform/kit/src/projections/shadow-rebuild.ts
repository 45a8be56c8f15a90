import type { EventStore, RecordedEvent } from '@titrepro/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { applyPage } from './apply-page';
import { PROJECTION_CHECKPOINTS, PROJECTION_PARKED, rowsOf } from './processor-tables';
import { lockCheckpoint, readCheckpoint, START_OF_LOG } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

const TABLE = /^(?:([a-z_][a-z0-9_]*)\.)?([a-z_][a-z0-9_]*)$/;
const DEFAULT_BATCH = 5_000;

export type ShadowRebuildPhase = 'copying' | 'switching' | 'done';

/** Where a rebuild stands, after each page it applied. */
export interface ShadowRebuildProgress {
  readonly projection: string;
  readonly phase: ShadowRebuildPhase;
  /** The last global position applied to the new tables. */
  readonly position: number;
  /** The live projection's checkpoint, which the new tables catch up with before they replace the old ones. */
  readonly target: number;
  /** Events read from the log so far (of the projection's category). */
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  /** Seconds left at the rate so far, null until there is a rate. */
  readonly etaSeconds: number | null;
}

export interface ShadowRebuildOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projection: AnyProjection;
  /** Events read per page while copying (default 5000). */
  readonly batchSize?: number;
  /**
   * Transactions applying each page side by side, each the events of a share of the streams (by a
   * hash of the stream id), default 1. Only for a projection whose streams write rows no other
   * stream writes (rows keyed by the stream's candidate, say): the order within a stream is kept,
   * the order between streams is not.
   */
  readonly partitions?: number;
  readonly onProgress?: (progress: ShadowRebuildProgress) => void;
}

export interface ShadowRebuildOutcome {
  readonly projection: string;
  /** The checkpoint the rebuilt tables were switched in at. */
  readonly position: number;
  readonly events: number;
  readonly parked: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  /** Where the time went: waiting for pages of the log (what reading ahead did not hide), and applying them. */
  readonly readingMs: number;
  readonly applyingMs: number;
}

/** Another rebuild of the same projection is under way (one at a time, across processes). */
export class ShadowRebuildInProgressError extends Error {
  override readonly name = 'ShadowRebuildInProgressError';
}

interface TableNames {
  readonly live: string;
  readonly name: string;
}

const quoted = (identifier: string): string => `"${identifier}"`;
const schemaSafe = (name: string): string => name.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40);

/**
 * Rebuilds a read model from the log into new tables while the old ones keep answering reads and
 * the projection's runner keeps them current; then switches over in one short transaction.
 *
 * 1. Creates `rebuild_<projection>`, a schema holding an empty copy of each table (`LIKE … INCLUDING
 *    ALL`: columns, defaults, constraints, indexes).
 * 2. Applies the log there, page by page, with that schema first on the transaction's search_path
 *    (the projection's SQL and entities name their tables without a schema), the way the runner
 *    applies it: events it cannot apply are parked under `<projection>:rebuild`, with their streams'
 *    later events held behind them.
 * 3. Once it reached the live checkpoint, takes the checkpoint's row lock (the runner's next batch
 *    waits there), applies what the runner committed meanwhile, moves the old tables out and the new
 *    ones in (their indexes renamed as the old ones, so that later migrations find them), puts the
 *    rebuild's parked events in place of the old ones and sets the checkpoint where the new tables
 *    stand; then drops the old tables. Readers wait only for that transaction.
 *
 * Unlike `rebuildProjection` (which empties the tables in place), reads never see a half-built model.
 */
export const rebuildInShadow = async (options: ShadowRebuildOptions): Promise<ShadowRebuildOutcome> => {
  const { dataSource, store, projection } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const partitions = Math.max(1, Math.floor(options.partitions ?? 1));
  const shadow = `rebuild_${schemaSafe(projection.name)}`;
  const retired = `retired_${schemaSafe(projection.name)}`;
  const shadowName = `${projection.name}:rebuild`;
  const started = Date.now();
  let events = 0;
  let readingMs = 0;
  // Until something is parked, no stream is held behind: the pages need not ask.
  let parkedSoFar = 0;
  let applyingMs = 0;
  let position = START_OF_LOG;
  let target = START_OF_LOG;

  const report = (phase: ShadowRebuildPhase): void => {
    if (!options.onProgress) return;
    const elapsedMs = Date.now() - started;
    const rate = elapsedMs > 0 ? (events * 1000) / elapsedMs : 0;
    const positionsPerSecond = elapsedMs > 0 ? (position * 1000) / elapsedMs : 0;
    const left = Math.max(0, target - position);
    options.onProgress({
      projection: projection.name,
      phase,
      position,
      target,
      events,
      elapsedMs,
      eventsPerSecond: rate,
      etaSeconds: phase === 'done' ? 0 : positionsPerSecond > 0 ? left / positionsPerSecond : null,
    });
  };

  const guard = await lockRebuild(dataSource, projection.name);
  try {
    const tables = await tableNames(dataSource, projection);
    const searchPath = await currentSearchPath(dataSource);
    await prepareShadow(dataSource, shadow, tables, shadowName);

    /** A page into the new tables: the runner's way (applyPage), with their schema first on the transaction's search_path. */
    const applyShadowPage = async (manager: EntityManager, page: readonly RecordedEvent[]): Promise<void> => {
      await manager.query(`SET LOCAL search_path TO ${quoted(shadow)}, ${searchPath}`);
      parkedSoFar += await applyPage(manager, projection, page, shadowName, { nothingParked: parkedSoFar === 0 });
    };
    const nextPage = (after = position): Promise<RecordedEvent[]> => store.readAll({ after, maxCount: batchSize, category: projection.category });
    const applySideBySide = async (page: readonly RecordedEvent[]): Promise<void> => {
      if (partitions === 1) return dataSource.transaction((manager) => applyShadowPage(manager, page));
      const shares = Array.from({ length: partitions }, (): RecordedEvent[] => []);
      for (const recorded of page) shares[partitionOf(recorded.streamId, partitions)]?.push(recorded);
      const settled = await Promise.allSettled(shares.filter((share) => share.length > 0).map((share) => dataSource.transaction((manager) => applyShadowPage(manager, share))));
      const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    };

    // Copy until the head of the log (the live runner, when it runs, is about there too).
    // The next page is read while this one is applied.
    let reading = nextPage();
    for (;;) {
      target = Math.max(await readCheckpoint(dataSource, projection.name), await headOf(store));
      const waited = Date.now();
      const page = await reading;
      readingMs += Date.now() - waited;
      const last = page[page.length - 1]?.globalPosition;
      if (page.length === batchSize && last !== undefined) {
        reading = nextPage(last);
        // Awaited on the next turn; a failure of this page must not leave it unhandled meanwhile.
        reading.catch(() => undefined);
      }
      if (page.length > 0) {
        const applying = Date.now();
        await applySideBySide(page);
        applyingMs += Date.now() - applying;
        events += page.length;
        position = page[page.length - 1]?.globalPosition ?? position;
        target = Math.max(target, position);
        report('copying');
      }
      // A page short of full: the head of the log, as of now; what comes after is the switch's (or the runner's).
      if (page.length < batchSize) break;
    }

    report('switching');
    const parked = await dataSource.transaction(async (manager) => {
      target = await lockCheckpoint(manager, projection.name);
      while (position < target) {
        const page = (await nextPage()).filter((event) => event.globalPosition <= target);
        if (page.length === 0) break;
        await applyShadowPage(manager, page);
        events += page.length;
        position = page[page.length - 1]?.globalPosition ?? position;
      }
      await switchTables(manager, shadow, retired, tables);
      await PROJECTION_PARKED.clear(rowsOf(manager), projection.name);
      const moved = await PROJECTION_PARKED.moveOwner(rowsOf(manager), shadowName, projection.name);
      await PROJECTION_CHECKPOINTS.set(rowsOf(manager), projection.name, Math.max(position, target));
      await manager.query(`DROP SCHEMA ${quoted(shadow)}`);
      return moved;
    });
    position = Math.max(position, target);
    await dataSource.query(`DROP SCHEMA IF EXISTS ${quoted(retired)} CASCADE`);
    report('done');
    const elapsedMs = Date.now() - started;
    return { projection: projection.name, position, events, parked, elapsedMs, eventsPerSecond: elapsedMs > 0 ? (events * 1000) / elapsedMs : 0, readingMs, applyingMs };
  } catch (error) {
    // What was built is of no use after a failure: the old tables were never touched.
    await dataSource.query(`DROP SCHEMA IF EXISTS ${quoted(shadow)} CASCADE`).catch(() => undefined);
    await PROJECTION_PARKED.clear(rowsOf(dataSource), shadowName).catch(() => undefined);
    throw error;
  } finally {
    await guard.release();
  }
};

/** FNV-1a of the stream id: which side-by-side transaction applies its events. */
const partitionOf = (streamId: string, partitions: number): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < streamId.length; index += 1) hash = Math.imul(hash ^ streamId.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % partitions;
};

/** The log's head where the store says it (PostgreSQL's stable position), for the progress; 0 otherwise. */
const headOf = async (store: EventStore): Promise<number> => {
  const withHead = store as EventStore & { stablePosition?: () => Promise<number> };
  return typeof withHead.stablePosition === 'function' ? withHead.stablePosition() : START_OF_LOG;
};

/** One rebuild per projection at a time: a session advisory lock on a connection of its own. */
const lockRebuild = async (dataSource: DataSource, projection: string): Promise<{ release: () => Promise<void> }> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const rows: Array<{ locked: boolean }> = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`titrepro.shadow-rebuild.${projection}`]);
  if (!rows[0]?.locked) {
    await runner.release();
    throw new ShadowRebuildInProgressError(`projection ${projection} is already being rebuilt`);
  }
  return {
    release: async () => {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`titrepro.shadow-rebuild.${projection}`]).catch(() => undefined);
      await runner.release();
    },
  };
};

/** Each table with the schema it lives in now (the first of the search path that has it, for an unqualified name). */
const tableNames = async (dataSource: DataSource, projection: AnyProjection): Promise<TableNames[]> =>
  Promise.all(
    projection.tables.map(async (table) => {
      const match = TABLE.exec(table);
      if (!match?.[2]) throw new Error(`Invalid table name "${table}" in projection ${projection.name}`);
      const rows: Array<{ schema: string | null }> = await dataSource.query(
        `SELECT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`,
        [table],
      );
      const schema = match[1] ?? rows[0]?.schema;
      if (!schema) throw new Error(`table ${table} of projection ${projection.name} does not exist`);
      return { live: schema, name: match[2] };
    }),
  );

const currentSearchPath = async (dataSource: DataSource): Promise<string> => {
  const rows: Array<{ schemas: string[] | string }> = await dataSource.query(`SELECT current_schemas(false)::text[] AS schemas`);
  const raw = rows[0]?.schemas ?? [];
  const schemas = Array.isArray(raw) ? raw : raw.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return schemas.length > 0 ? schemas.map((schema) => quoted(schema.replace(/"/g, ''))).join(', ') : 'public';
};

const prepareShadow = async (dataSource: DataSource, shadow: string, tables: readonly TableNames[], shadowName: string): Promise<void> => {
  await dataSource.transaction(async (manager) => {
    await manager.query(`DROP SCHEMA IF EXISTS ${quoted(shadow)} CASCADE`);
    await manager.query(`CREATE SCHEMA ${quoted(shadow)}`);
    for (const table of tables) {
      await manager.query(`CREATE TABLE ${quoted(shadow)}.${quoted(table.name)} (LIKE ${quoted(table.live)}.${quoted(table.name)} INCLUDING ALL)`);
    }
    await PROJECTION_PARKED.clear(rowsOf(manager), shadowName);
  });
};

interface IndexRow {
  readonly name: string;
  readonly definition: string;
}

/** An index's definition without its name and table, to pair the copy's indexes with the original's. */
const shapeOf = (definition: string): string => definition.replace(/^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?\S+ /, 'CREATE $1INDEX ON ');

const indexesOf = (manager: EntityManager, schema: string, table: string): Promise<IndexRow[]> =>
  manager.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = to_regclass($1) ORDER BY c.relname`,
    [`${quoted(schema)}.${quoted(table)}`],
  );

/** Moves the old tables out and the new ones in; the new indexes (and their constraints) take the old names, sequences change owner. */
const switchTables = async (manager: EntityManager, shadow: string, retired: string, tables: readonly TableNames[]): Promise<void> => {
  await manager.query(`DROP SCHEMA IF EXISTS ${quoted(retired)} CASCADE`);
  await manager.query(`CREATE SCHEMA ${quoted(retired)}`);
  for (const table of tables) {
    const old = await indexesOf(manager, table.live, table.name);
    const copies = await indexesOf(manager, shadow, table.name);
    for (const original of old) {
      const copy = copies.find((candidate) => shapeOf(candidate.definition) === shapeOf(original.definition));
      if (copy && copy.name !== original.name) await manager.query(`ALTER INDEX ${quoted(shadow)}.${quoted(copy.name)} RENAME TO ${quoted(original.name)}`);
    }
    const sequences: Array<{ sequence: string; column: string }> = await manager.query(
      `SELECT d.objid::regclass::text AS sequence, a.attname AS column
         FROM pg_depend d
         JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
         JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.refobjid = to_regclass($1) AND d.deptype = 'a'`,
      [`${quoted(table.live)}.${quoted(table.name)}`],
    );
    await manager.query(`ALTER TABLE ${quoted(table.live)}.${quoted(table.name)} SET SCHEMA ${quoted(retired)}`);
    await manager.query(`ALTER TABLE ${quoted(shadow)}.${quoted(table.name)} SET SCHEMA ${quoted(table.live)}`);
    for (const { sequence, column } of sequences) {
      await manager.query(`ALTER SEQUENCE ${sequence} OWNED BY ${quoted(table.live)}.${quoted(table.name)}.${quoted(column)}`);
    }
  }
};
