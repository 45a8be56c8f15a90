import type { Client } from 'pg';
import { RELAY_CHECKPOINT_TABLE } from '../schema/messaging-tables';

/** Before any event: the relay starts from the beginning of the log. */
export const START_OF_LOG = -1;

/** The relay's checkpoint, created at the start of the log the first time. */
export const loadCheckpoint = async (client: Client, relay: string): Promise<number> => {
  await client.query(`INSERT INTO ${RELAY_CHECKPOINT_TABLE} (relay, position) VALUES ($1, $2) ON CONFLICT (relay) DO NOTHING`, [
    relay,
    START_OF_LOG,
  ]);
  const result = await client.query<{ position: string }>(`SELECT position FROM ${RELAY_CHECKPOINT_TABLE} WHERE relay = $1`, [relay]);
  return Number(result.rows[0]?.position ?? START_OF_LOG);
};

/** Moves the checkpoint forward only: a late write of an older session can never move it back. */
export const saveCheckpoint = async (client: Client, relay: string, position: number): Promise<void> => {
  await client.query(
    `UPDATE ${RELAY_CHECKPOINT_TABLE} SET position = $2, updated_at = now() WHERE relay = $1 AND position < $2`,
    [relay, position],
  );
};
