import { NO_STREAM, WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';
import type { AppendOptions, AppendResult } from '../port/event-store';
import type { NewEvent } from '../port/events';
import { IdempotencyConflictError, WrongExpectedRevisionError, type ExpectedRevision } from '../port/expected-revision';
import type { KeyStore } from '../port/key-store';
import { chainHashes, prepareEvents } from '../stored/chain-events';
import { revealEvents } from '../stored/reveal-events';
import { sameContent } from '../stored/same-content';
import { sealEvents } from '../stored/seal-events';
import { toEsdbEvent } from './esdb-envelope';
import { readHead, type EsdbHead } from './esdb-head';
import { readStoredStream } from './esdb-reads';

const MAX_ATTEMPTS = 20;

const meets = (expected: ExpectedRevision, visible: number): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return visible === -1;
  if (expected === 'stream_exists') return visible !== -1;
  return visible === expected;
};

/**
 * Reads the head, checks the caller's expectation and idempotency client-side, chains the hashes,
 * then appends at the exact head revision, so EventStoreDB itself rejects any concurrent writer;
 * a lost race re-reads the head and re-checks the caller's expectation.
 */
export const appendToEsdb = async (
  client: EventStoreDBClient,
  keyStore: KeyStore | undefined,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> => {
  if (options.transaction !== undefined) throw new TypeError('EventStoreDB has no transactions to join: append without `transaction`');
  if (events.length === 0) throw new TypeError('appendToStream needs at least one event');
  const expected = options.expectedRevision ?? 'any';
  const prepared = prepareEvents(await sealEvents(events, keyStore));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const head = await readHead(client, streamId, Math.max(events.length * 2, 32));
    const repeated = await idempotentResult(keyStore, streamId, events, head);
    if (repeated) return repeated;
    if (!meets(expected, head.visible)) throw new WrongExpectedRevisionError(streamId, expected, head.visible);
    const hashes = chainHashes(streamId, prepared, head.revision, head.hash);
    const esdbEvents = prepared.map((p, i) => toEsdbEvent(p, i === 0 ? head.hash : (hashes[i - 1] ?? ''), hashes[i] ?? ''));
    try {
      await client.appendToStream(streamId, esdbEvents, { expectedRevision: head.revision < 0 ? NO_STREAM : BigInt(head.revision) });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) continue;
      throw error;
    }
    const written = await readStoredStream(client, streamId, { fromRevision: head.revision + 1, maxCount: events.length });
    return { nextExpectedRevision: head.revision + events.length, positions: written.map((e) => e.globalPosition) };
  }
  throw new Error(`Stream ${streamId}: could not append after ${MAX_ATTEMPTS} attempts (heavy contention)`);
};

/** The stored result when this very batch is already at the stream's tail; a typed error if reused ids differ. */
const idempotentResult = async (
  keyStore: KeyStore | undefined,
  streamId: string,
  events: readonly NewEvent[],
  head: EsdbHead,
): Promise<AppendResult | undefined> => {
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  const found = head.tail.filter((e) => ids.has(e.eventId.toLowerCase()));
  if (found.length === 0) return undefined;
  const revealed = await revealEvents([...found].reverse(), keyStore);
  const byId = new Map(revealed.map((e) => [e.eventId.toLowerCase(), e]));
  for (const event of events) {
    const match = byId.get(event.eventId.toLowerCase());
    if (!match || !sameContent(event, match, match.data)) throw new IdempotencyConflictError(streamId, event.eventId);
  }
  return { nextExpectedRevision: head.visible, positions: revealed.map((e) => e.globalPosition) };
};
