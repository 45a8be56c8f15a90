import type { SqlMigration } from '@titrepro/event-store';

export const relayCheckpointsAndInbox: SqlMigration = {
  version: 1,
  name: 'relay checkpoints and inbox',
  sql: `
    CREATE TABLE messaging.relay_checkpoints (
      relay text PRIMARY KEY,
      position bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE messaging.inbox (
      consumer text NOT NULL,
      event_id text NOT NULL,
      event_type text,
      topic text NOT NULL,
      partition integer NOT NULL,
      "offset" bigint NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('handled', 'dead-lettered')),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    );
  `,
};
