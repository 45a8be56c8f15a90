import type { Client } from 'pg';
import { checkpointTable } from '../processor/checkpoint-table';
import { parkedTable } from '../processor/parked-table';
import { pgRows } from '../processor/sql-rows';
import { RELAY_CHECKPOINT_TABLE, RELAY_PARKED_EVENTS_TABLE } from '../schema/messaging-tables';
import type { SqlClient } from '../sql/sql-client';
import type { EventToPark } from './parked-relay-event';

/** Before any event: the relay starts from the beginning of the log. */
export const START_OF_LOG = -1;

/** The relays' checkpoints and parked events: the log processor's tables, with the relay's columns. */
export const RELAY_CHECKPOINTS = checkpointTable({ table: RELAY_CHECKPOINT_TABLE, owner: 'relay', start: START_OF_LOG });
export const RELAY_PARKED = parkedTable({ table: RELAY_PARKED_EVENTS_TABLE, owner: 'relay' }, { heldBehind: true, eventId: 'text' });

/** The relay's checkpoint, created at the start of the log the first time. */
export const loadCheckpoint = (client: Client, relay: string): Promise<number> => RELAY_CHECKPOINTS.load(pgRows(client), relay);

/**
 * Moves the checkpoint forward only, and records the events parked on the way in the same
 * statement (see CheckpointTable.moveForward): a parked event is never skipped.
 */
export const saveCheckpoint = (client: SqlClient, relay: string, position: number, parked: readonly EventToPark[] = []): Promise<void> =>
  RELAY_CHECKPOINTS.moveForward(pgRows(client), relay, position, { table: RELAY_PARKED, events: parked });
