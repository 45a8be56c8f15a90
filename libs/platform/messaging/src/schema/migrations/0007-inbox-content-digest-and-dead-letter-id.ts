import type { SqlMigration } from '@titrepro/event-store';

/**
 * `inbox.content_digest`: the sha-256 of what the consumer applied under an event id (contentDigest),
 * so that a message reusing an applied id with other content is refused (`conflicting-redelivery`)
 * instead of being skipped as a redelivery. Rows recorded before this migration have none: what
 * they applied is not kept anywhere, so they cannot be compared (see judgeRedelivery).
 *
 * `dead_letters.dead_letter_id`: the id every copy of a letter carries on `<topic>.dlq`
 * (`dead-letter-id` header), so that a reader recognises the rare repeat of the outbox. Existing
 * rows get one each (a volatile default is evaluated per row).
 */
export const inboxContentDigestAndDeadLetterId: SqlMigration = {
  version: 7,
  name: 'inbox content digest, dead letter id',
  sql: `
    ALTER TABLE messaging.inbox ADD COLUMN content_digest bytea;
    ALTER TABLE messaging.dead_letters ADD COLUMN dead_letter_id uuid NOT NULL DEFAULT gen_random_uuid();
    ALTER TABLE messaging.dead_letters ADD CONSTRAINT dead_letters_dead_letter_id UNIQUE (dead_letter_id);
  `,
};
