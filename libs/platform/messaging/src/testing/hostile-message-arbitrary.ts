import { EVENT_HEADERS } from '@titrepro/contracts';
import fc from 'fast-check';
import type { IHeaders, Message } from 'kafkajs';

/** Candidate ids a real producer would use: some keys and payloads name them. */
const REAL_IDS = ['c-1', 'c-2', 'c-3'] as const;

const bytes = (maxLength: number) => fc.uint8Array({ maxLength }).map((array) => Buffer.from(array));
/** Text with anything in it: NULs, control characters, lone surrogates, bidi overrides. */
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.constantFrom('\u0000', 'a\u0000b', '\u202Eidf', '\uD800', ' ', ''));

const key = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL_IDS).map((id) => Buffer.from(id)), weight: 4 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(Buffer.alloc(0)), weight: 1 },
  { arbitrary: bytes(40), weight: 2 },
);

/** A huge value, one in many: 1 MB of a repeated byte (the broker's limit is about 1 MiB a message). */
const hugeValue = fc.constantFrom(0x00, 0x7b, 0xff).map((byte) => Buffer.alloc(1_000_000, byte));

const value = (candidateId: string) =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: bytes(200), weight: 3 },
    { arbitrary: anyText(60).map((text) => Buffer.from(`this is {not JSON ${text}`)), weight: 2 },
    { arbitrary: fc.json({ maxDepth: 3 }).map((json) => Buffer.from(json)), weight: 2 },
    // Valid JSON, wrong schema: fields of the wrong type, missing, or the candidate id itself odd.
    { arbitrary: fc.record({ candidateId: fc.oneof(fc.constant(candidateId), anyText(20)), sequence: fc.oneof(fc.nat(), fc.string(), fc.double()) }).map((payload) => Buffer.from(JSON.stringify(payload))), weight: 3 },
    { arbitrary: hugeValue, weight: 1 },
  );

/** A header of an event: right, forged, binary, repeated or absent. */
const header = (right: string, forged: fc.Arbitrary<string>) =>
  fc.oneof(
    { arbitrary: fc.constant<IHeaders[string]>(right), weight: 4 },
    { arbitrary: forged.map<IHeaders[string]>((text) => text), weight: 2 },
    { arbitrary: bytes(20).map<IHeaders[string]>((buffer) => buffer), weight: 1 },
    { arbitrary: fc.constant<IHeaders[string]>([right, right]), weight: 1 },
    { arbitrary: fc.constant<IHeaders[string]>(undefined), weight: 1 },
  );

const eventHeaders = (eventId: string) =>
  fc
    .record({
      [EVENT_HEADERS.eventId]: header(eventId, anyText(300)),
      [EVENT_HEADERS.eventType]: header('SequenceRecorded', fc.oneof(fc.constantFrom('CandidateRegistered', 'sequencerecorded', 'SequenceRecorded\u0000'), anyText(30))),
      [EVENT_HEADERS.schemaVersion]: header('1', fc.oneof(fc.constantFrom('01', '1.0', '-1', '2', '99999999999', ' 1'), anyText(5))),
      [EVENT_HEADERS.correlationId]: header(`corr-${eventId}`, anyText(30)),
      [EVENT_HEADERS.source]: header('titrepro.registry/idf', fc.oneof(fc.constantFrom('titrepro.registry/bre', 'titrepro.registry/\u202Eidf'), anyText(30))),
      extra: fc.dictionary(anyText(10), anyText(50), { maxKeys: 2 }),
    })
    .map(({ extra, ...headers }) => {
      const defined = Object.fromEntries(Object.entries(headers).filter(([, text]) => text !== undefined));
      return { ...extra, ...defined } as IHeaders;
    });

/** A message whatever it holds: hostile bytes, headers and keys (`eventId` when its id header is the right one). */
export const hostileMessage = (eventId: string): fc.Arbitrary<Message> =>
  fc.constantFrom(...REAL_IDS).chain((candidateId) =>
    fc.record({ key, value: value(candidateId), headers: eventHeaders(eventId) }).map((message) => message as Message),
  );

/** A valid event of the sequence contract, keyed by its candidate. */
export const validMessage = (eventId: string): fc.Arbitrary<Message> =>
  fc.record({ candidateId: fc.constantFrom(...REAL_IDS), sequence: fc.nat(1_000) }).map(({ candidateId, sequence }) => ({
    key: candidateId,
    value: JSON.stringify({ candidateId, sequence }),
    headers: {
      [EVENT_HEADERS.eventId]: eventId,
      [EVENT_HEADERS.eventType]: 'SequenceRecorded',
      [EVENT_HEADERS.schemaVersion]: '1',
      [EVENT_HEADERS.correlationId]: `corr-${eventId}`,
      [EVENT_HEADERS.source]: 'titrepro.registry/idf',
    },
  }));

/** Messages of one run: hostile ones among valid ones, each with an event id of its own. */
export const messageBatch = (maxLength: number): fc.Arbitrary<Message[]> =>
  fc
    .array(fc.tuple(fc.boolean(), fc.uuid()), { minLength: 1, maxLength, size: 'max' })
    .chain((items) => fc.tuple(...items.map(([isHostile, eventId]) => (isHostile ? hostileMessage(eventId) : validMessage(eventId)))));
