import { CONTRACTS, EVENT_HEADERS, type BoundedContext } from '@titrepro/contracts';
import fc from 'fast-check';
import type { IHeaders, Message } from 'kafkajs';
import { VALID_EVENT_TEMPLATES } from './valid-events';

/** The candidates a generated message may be about or keyed by. */
export interface FuzzCandidates {
  /** This deployment's region, and a candidate registered there before the fuzzing. */
  readonly region: string;
  readonly real: string;
  /** Another region, and a candidate registered there. */
  readonly otherRegion: string;
  readonly otherRegionCandidate: string;
}

/** A generated message and what was done to it, for the report. */
export interface FuzzMessage {
  readonly kind: string;
  readonly keyKind: string;
  readonly message: Message;
}

const ONE_MB = 1_000_000;
const TYPES = CONTRACTS.all.map((contract) => contract.type);
const REQUIRED_HEADERS: readonly string[] = [EVENT_HEADERS.eventId, EVENT_HEADERS.eventType, EVENT_HEADERS.schemaVersion, EVENT_HEADERS.correlationId];
/** Text with what breaks naive code: NUL and control characters, lone surrogates, bidi overrides. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '\u0000', 'idf\u0000', '\u202eidf', '\ud800', 'x'.repeat(300), 'titrepro.registry/', 'titrepro.registry/IDF', 'titrepro./idf'),
);

/** A valid event of the topic's context, before anything is forged. */
const validEvent = (context: BoundedContext, candidates: FuzzCandidates) => {
  const templates = VALID_EVENT_TEMPLATES[context] ?? [];
  return fc
    .record({
      template: fc.constantFrom(...templates),
      candidateId: fc.oneof(fc.constantFrom(candidates.real, candidates.otherRegionCandidate), fc.uuid()),
      fromOtherRegion: fc.boolean(),
      at: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-06-30T00:00:00Z'), noInvalidDate: true }),
      ids: fc.array(fc.uuid(), { minLength: 3, maxLength: 3 }),
      eventId: fc.uuid(),
      correlationId: fc.uuid(),
    })
    .map(({ template, candidateId, fromOtherRegion, at, ids, eventId, correlationId }) => {
      // A candidate's events come from their home region (the others' are forgeries the source check sees).
      const home = candidateId === candidates.otherRegionCandidate || (candidateId !== candidates.real && fromOtherRegion) ? candidates.otherRegion : candidates.region;
      const other = home === candidates.region ? candidates.otherRegion : candidates.region;
      const { contract, payload } = template(candidateId, home, other, at.toISOString(), ids);
      const headers: Record<string, string> = {
        [EVENT_HEADERS.eventId]: eventId,
        [EVENT_HEADERS.eventType]: contract.type,
        [EVENT_HEADERS.schemaVersion]: String(contract.version),
        [EVENT_HEADERS.correlationId]: correlationId,
        [EVENT_HEADERS.occurredAt]: at.toISOString(),
        [EVENT_HEADERS.source]: `titrepro.${contract.context}/${home}`,
        [EVENT_HEADERS.contentType]: 'application/json',
      };
      return { candidateId, payload, headers };
    });
};

type Valid = { readonly candidateId: string; readonly payload: Record<string, unknown>; readonly headers: Record<string, string> };
type Forged = { readonly kind: string; readonly value: Buffer | string | null; readonly headers: IHeaders };

/** What is done to a valid event: nothing, its value, or one of its headers. */
const forgery = (valid: Valid): fc.Arbitrary<Forged> => {
  const json = JSON.stringify(valid.payload);
  const withHeader = (name: string, value: fc.Arbitrary<string | Buffer>) => value.map((text) => ({ ...valid.headers, [name]: text }));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: 'valid', value: json, headers: valid.headers }) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'arbitrary-bytes', value: Buffer.from(bytes), headers: valid.headers })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'not-json-with-nul', value: 'this is {not JSON \u0000\u00ff', headers: valid.headers }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'null-value', value: null, headers: valid.headers }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'deep-nesting', value: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, headers: valid.headers }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json-wrong-schema', value: JSON.stringify(value) ?? 'null', headers: valid.headers })) },
    {
      weight: 2,
      // The right fields, one of them of the wrong type or shape.
      arbitrary: fc
        .record({ field: fc.constantFrom(...Object.keys(valid.payload)), value: fc.oneof(fc.integer(), fc.constant(null), fc.constant([]), nastyText, fc.constant({ nested: true })) })
        .map(({ field, value }) => ({ kind: 'field-wrong-type', value: JSON.stringify({ ...valid.payload, [field]: value }), headers: valid.headers })),
    },
    {
      weight: 3,
      arbitrary: withHeader(EVENT_HEADERS.source, fc.oneof(nastyText, fc.constantFrom('titrepro.registry/bre', 'titrepro.jury/idf', 'titrepro.evaluation/ara', 'titrepro.issuance/idf', 'titrepro.registry/zz'))).map(
        (headers) => ({ kind: 'forged-source', value: json, headers }),
      ),
    },
    { weight: 2, arbitrary: withHeader(EVENT_HEADERS.eventType, fc.oneof(fc.constantFrom(...TYPES), nastyText)).map((headers) => ({ kind: 'forged-event-type', value: json, headers })) },
    {
      weight: 1,
      arbitrary: withHeader(EVENT_HEADERS.schemaVersion, fc.oneof(fc.constantFrom('2', '0', '-1', '1.5', '1e0', ' 1', '99999999999999999999', 'NaN'), nastyText)).map((headers) => ({
        kind: 'forged-schema-version',
        value: json,
        headers,
      })),
    },
    { weight: 1, arbitrary: withHeader(EVENT_HEADERS.occurredAt, fc.oneof(fc.constantFrom('2026-02-30T10:00:00Z', 'yesterday', '0000-01-01T00:00:00Z'), nastyText)).map((headers) => ({ kind: 'forged-occurred-at', value: json, headers })) },
    { weight: 1, arbitrary: withHeader(EVENT_HEADERS.eventId, nastyText).map((headers) => ({ kind: 'forged-event-id', value: json, headers })) },
    {
      weight: 1,
      arbitrary: fc.subarray([...REQUIRED_HEADERS], { minLength: 1 }).map((dropped) => ({
        kind: 'missing-headers',
        value: json,
        headers: Object.fromEntries(Object.entries(valid.headers).filter(([name]) => !dropped.includes(name))),
      })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'binary-header', value: json, headers: { ...valid.headers, [EVENT_HEADERS.source]: Buffer.from([0xff, 0x00, 0xfe]) } }) },
  );
};

/** The key: the candidate's (as a relay keys it), none, empty, binary, or another (real) candidate's. */
const keyOf = (valid: Valid, candidates: FuzzCandidates): fc.Arbitrary<{ readonly keyKind: string; readonly key: Buffer | string | null }> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant({ keyKind: 'candidate', key: valid.candidateId }) },
    { weight: 1, arbitrary: fc.constant({ keyKind: 'none', key: null }) },
    { weight: 1, arbitrary: fc.constant({ keyKind: 'empty', key: '' }) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => ({ keyKind: 'binary', key: Buffer.from(bytes) })) },
    { weight: 1, arbitrary: fc.constant({ keyKind: 'real-candidate', key: candidates.real }) },
  );

/** One generated message for a topic of `context`. */
export const fuzzMessage = (context: BoundedContext, candidates: FuzzCandidates): fc.Arbitrary<FuzzMessage> =>
  validEvent(context, candidates).chain((valid) =>
    fc.tuple(forgery(valid), keyOf(valid, candidates)).map(([forged, { keyKind, key }]) => ({ kind: forged.kind, keyKind, message: { key, value: forged.value, headers: forged.headers } })),
  );

/** A value of about 1 MB: bytes with NULs, text that is not JSON, or a valid event carrying a huge unknown field. */
export const hugeMessage = (context: BoundedContext, candidates: FuzzCandidates): fc.Arbitrary<FuzzMessage> =>
  validEvent(context, candidates).chain((valid) =>
    fc.constantFrom('huge-bytes', 'huge-text', 'huge-valid-json').map((kind) => {
      const value =
        kind === 'huge-bytes'
          ? Buffer.alloc(ONE_MB, '\u0000\u00ffx')
          : kind === 'huge-text'
            ? `{"candidateId": "${'x'.repeat(ONE_MB - 20)}`
            : JSON.stringify({ ...valid.payload, padding: 'x'.repeat(ONE_MB - 1_000) });
      return { kind, keyKind: 'candidate', message: { key: valid.candidateId, value, headers: valid.headers } };
    }),
  );
