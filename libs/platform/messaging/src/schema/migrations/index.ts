import type { SqlMigration } from '@titrepro/event-store';
import { relayCheckpointsAndInbox } from './0001-relay-checkpoints-and-inbox';
import { adoptUnversionedTables } from './0002-adopt-unversioned-tables';
import { relayParkedEvents } from './0003-relay-parked-events';
import { deadLetters } from './0004-dead-letters';
import { dropUnversionedTables } from './0005-drop-unversioned-tables';
import { deadLettersRawKeyAndDlqOutbox } from './0006-dead-letters-raw-key-and-dlq-outbox';
import { inboxContentDigestAndDeadLetterId } from './0007-inbox-content-digest-and-dead-letter-id';

/** The `messaging` schema, step by step. Append new steps; never edit an applied one. */
export const MESSAGING_MIGRATIONS: readonly SqlMigration[] = [
  relayCheckpointsAndInbox,
  adoptUnversionedTables,
  relayParkedEvents,
  deadLetters,
  dropUnversionedTables,
  deadLettersRawKeyAndDlqOutbox,
  inboxContentDigestAndDeadLetterId,
];
