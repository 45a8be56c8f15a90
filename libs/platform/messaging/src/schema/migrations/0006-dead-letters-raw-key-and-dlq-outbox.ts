import type { SqlMigration } from '@titrepro/event-store';

/**
 * Dead letters record any bytes: `raw_key` keeps the Kafka key as it came (the `key` column is its
 * text, made safe, and only a decoded message's key sequences anything). `dlq_pending` makes the
 * table the outbox of `<topic>.dlq`: a refused message is recorded first, then published and marked,
 * so a redelivery or a restart finds it recorded and sends it once; rows recorded before this
 * migration were published already.
 */
export const deadLettersRawKeyAndDlqOutbox: SqlMigration = {
  version: 6,
  name: 'dead letters: raw key, dead-letter topic outbox',
  sql: `
    ALTER TABLE messaging.dead_letters
      ADD COLUMN raw_key bytea,
      ADD COLUMN dlq_pending boolean NOT NULL DEFAULT false;
    CREATE INDEX dead_letters_dlq_pending ON messaging.dead_letters (consumer, sequence) WHERE dlq_pending;
  `,
};
