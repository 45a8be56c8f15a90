import { checkpointTable, parkedTable, type SqlRows } from '@titrepro/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import { PARKED_EVENTS_TABLE, PROJECTION_CHECKPOINTS_TABLE } from '../event-store/kit-migrations';

/** Before any event. Global positions start at 1. */
export const START_OF_LOG = 0;

/** The projections' checkpoints and parked events: the log processor's tables, with the projections' columns. */
export const PROJECTION_CHECKPOINTS = checkpointTable({ table: PROJECTION_CHECKPOINTS_TABLE, owner: 'projection', start: START_OF_LOG });
export const PROJECTION_PARKED = parkedTable({ table: PARKED_EVENTS_TABLE, owner: 'projection' }, { heldBehind: false, eventId: 'uuid' });

/** TypeORM's connection or transaction as the processor tables' SqlRows (their statements all answer rows). */
export const rowsOf =
  (db: DataSource | EntityManager): SqlRows =>
  <Row extends object>(text: string, values?: unknown[]) =>
    db.query(text, values) as Promise<Row[]>;
