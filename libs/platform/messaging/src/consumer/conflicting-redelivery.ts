/**
 * A message reuses an event id the consumer applied (or dead-lettered) with other content: type,
 * version, source, key or payload (contentDigest). Kafka redelivers the same bytes, and a relay
 * republishes the same event: this is neither, but a forgery or a producer's bug. It is
 * dead-lettered as `conflicting-redelivery`, holding nothing behind it (its key is not vouched for
 * by the id it borrowed), and the inbox entry of what was applied stays as it is.
 */
export class ConflictingRedeliveryError extends Error {
  override readonly name = 'ConflictingRedeliveryError';
  constructor(readonly eventId: string) {
    super(`event id ${eventId} was applied already with other content (type, version, source, key or payload): a conflicting redelivery, not applied`);
  }
}
