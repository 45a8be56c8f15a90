import type { SqlMigration } from '@titrepro/event-store';

/**
 * A consumer's dead letters, in sequence per key: the messages it could not apply, and the later
 * messages of the same key held behind them (`held-behind`, with the head's sequence). The message
 * itself (headers, value) is kept, so that a replay does not depend on the topic's retention. One
 * row per Kafka message and consumer: a redelivery is not recorded twice.
 */
export const deadLetters: SqlMigration = {
  version: 4,
  name: 'dead letters',
  sql: `
    CREATE TABLE messaging.dead_letters (
      consumer text NOT NULL,
      sequence bigint GENERATED ALWAYS AS IDENTITY,
      key text,
      event_id text,
      event_type text,
      topic text NOT NULL,
      partition integer NOT NULL,
      "offset" bigint NOT NULL,
      headers jsonb NOT NULL,
      value bytea,
      reason text NOT NULL,
      held_behind bigint,
      error text NOT NULL,
      attempts integer NOT NULL,
      dead_lettered_at timestamptz NOT NULL DEFAULT now(),
      last_failed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, sequence),
      UNIQUE (consumer, topic, partition, "offset"),
      CHECK ((reason = 'held-behind') = (held_behind IS NOT NULL))
    );
    CREATE INDEX dead_letters_by_key ON messaging.dead_letters (consumer, key, sequence);
  `,
};
