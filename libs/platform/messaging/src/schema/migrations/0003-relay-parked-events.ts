import type { SqlMigration } from '@titrepro/event-store';

/**
 * Events a relay could not map (`unmappable`), and the later events of their streams held behind
 * them (`held-behind`, with the position of the stream's first parked event), until an operator
 * retries them. Rows are written in the statement that moves the checkpoint past them.
 */
export const relayParkedEvents: SqlMigration = {
  version: 3,
  name: 'relay parked events',
  sql: `
    CREATE TABLE messaging.relay_parked_events (
      relay text NOT NULL,
      global_position bigint NOT NULL,
      stream_id text NOT NULL,
      event_id text NOT NULL,
      event_type text NOT NULL,
      reason text NOT NULL CHECK (reason IN ('unmappable', 'held-behind')),
      held_behind bigint,
      error text NOT NULL,
      parked_at timestamptz NOT NULL DEFAULT now(),
      retried_at timestamptz,
      PRIMARY KEY (relay, global_position),
      CHECK ((reason = 'held-behind') = (held_behind IS NOT NULL))
    );
    CREATE INDEX relay_parked_events_by_stream ON messaging.relay_parked_events (relay, stream_id, global_position);
  `,
};
