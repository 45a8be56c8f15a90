import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { deeplyNested, hostileString } from './hostile-values';
import type { FuzzOperation, FuzzParameter } from './openapi-operations';
import { schemaValue, type FuzzHints } from './schema-values';
import { fuzzCredential, type FuzzCredential } from './fuzz-tokens';
import type { Role } from '@titrepro/platform-nest';

/** The body a fuzzed request sends, as the wire sees it. */
export type FuzzBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown; readonly contentType: string }
  | { readonly kind: 'raw'; readonly text: string; readonly contentType: string }
  | { readonly kind: 'multipart'; readonly files: readonly { field: string; name: string; content: Buffer }[]; readonly fields: readonly { name: string; value: string }[] };

/** One generated request, kept whole so that a failure prints what was sent. */
export interface FuzzRequest {
  readonly operation: FuzzOperation;
  readonly pathValues: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: FuzzBody;
  readonly credential: FuzzCredential;
  readonly headers: Readonly<Record<string, string>>;
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * A path value: a valid id the world knows, a well-formed unknown one, or a hostile string. Never
 * empty: `/candidates/` is another route (the search), whose answers the request would be judged by.
 */
const pathValue = (parameter: FuzzParameter, hints: FuzzHints): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 4, arbitrary: schemaValue(parameter.schema, parameter.name, hints, 0).map(String) },
      { weight: 2, arbitrary: fc.constant(randomUUID()) },
      { weight: 3, arbitrary: hostileString(fc.constantFrom(...(hints[parameter.name] ?? []), randomUUID())) },
    )
    .filter((value) => value !== '');

const jsonBody = (operation: FuzzOperation, hints: FuzzHints): fc.Arbitrary<FuzzBody> =>
  fc.oneof(
    { weight: 10, arbitrary: schemaValue(operation.bodySchema, 'body', hints, 0.08).map((value) => ({ kind: 'json', value, contentType: 'application/json' }) as const) },
    { weight: 3, arbitrary: schemaValue(operation.bodySchema, 'body', hints, 0).map((value) => ({ kind: 'json', value, contentType: 'application/json' }) as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' } as const) },
    { weight: 1, arbitrary: fc.constantFrom([], [{}], 'text', 42, null).map((value) => ({ kind: 'json', value, contentType: 'application/json' }) as const) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('{"a":', '{"a":1,}', "{'a':1}", '\u0000', '{"a":"\\ud800"}', '{"a":"\u0000"}', deeplyNested(10_000), `{"a":${deeplyNested(40)}}`, `"${'x'.repeat(200_000)}"`, '<xml/>', 'a=1&b=2'),
          fc.constantFrom('application/json', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/merge-patch+json', 'application/json; charset=latin1', 'application/json; charset=utf-16', ''),
        )
        .map(([text, contentType]) => ({ kind: 'raw', text, contentType }) as const),
    },
  );

const multipartBody = (hints: FuzzHints): fc.Arbitrary<FuzzBody> =>
  fc.record({
    kind: fc.constant('multipart' as const),
    files: fc.array(
      fc.record({
        field: fc.oneof(fc.constantFrom('CCP1', 'CCP2', 'CCP3', 'candidateId'), hostileString(fc.constant('CCP1'))),
        name: fc.oneof(fc.constant('dspp.pdf'), hostileString(fc.constant('dspp.pdf'))),
        content: fc.oneof(fc.constant(PDF), fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes))),
      }),
      { maxLength: 3 },
    ),
    fields: fc.array(fc.record({ name: fc.constantFrom('candidateId', 'submittedBy', 'x'), value: hostileString(fc.constantFrom(...(hints['candidateId'] ?? ['x']))) }), { maxLength: 2 }),
  });

/** Any body, whatever the route says it takes: content types it does not take, for one. */
const anyBody = (operation: FuzzOperation, hints: FuzzHints): fc.Arbitrary<FuzzBody> => {
  const declared = operation.consumes.includes('multipart/form-data') ? multipartBody(hints) : jsonBody(operation, hints);
  if (operation.consumes.length === 0) return fc.oneof({ weight: 6, arbitrary: fc.constant({ kind: 'none' } as const) }, { weight: 1, arbitrary: jsonBody(operation, hints) });
  return fc.oneof({ weight: 8, arbitrary: declared }, { weight: 1, arbitrary: jsonBody(operation, hints) }, { weight: 1, arbitrary: multipartBody(hints) });
};

/** Generated requests for one operation of a service. */
export const fuzzRequest = (operation: FuzzOperation, region: string, hints: FuzzHints, subjects: Partial<Record<Role, readonly string[]>>): fc.Arbitrary<FuzzRequest> =>
  fc.record({
    operation: fc.constant(operation),
    pathValues: fc.record(Object.fromEntries(operation.pathParameters.map((parameter) => [parameter.name, pathValue(parameter, hints)]))) as fc.Arbitrary<Record<string, string>>,
    query: fc
      .tuple(...operation.queryParameters.map((parameter) => fc.option(fc.oneof(schemaValue(parameter.schema, parameter.name, hints, 0).map(String), hostileString()).map((value) => [parameter.name, value] as const), { nil: undefined })))
      .map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined) as (readonly [string, string])[])),
    body: anyBody(operation, hints),
    credential: fuzzCredential(region, subjects, operation.roles),
    headers: fc.oneof(
      { weight: 8, arbitrary: fc.constant<Record<string, string>>({}) },
      { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ 'idempotency-key': randomUUID() }, { 'idempotency-key': 'clé avec espaces' }, { 'idempotency-key': 'k'.repeat(201) }) },
      { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ accept: 'application/xml' }, { 'x-forwarded-for': '1.2.3.4' }, { traceparent: 'garbage' }) },
    ),
  });

/** Percent-encodes every byte but the unreserved ones; an unpaired surrogate travels as U+FFFD, as any client's UTF-8 encoder sends it. */
const percentEncoded = (value: string): string =>
  [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** The URL of a request: each path value percent-encoded (so NUL travels as %00), the query likewise. */
export const urlOf = (request: FuzzRequest): string => {
  const path = request.operation.path.replace(/\{([^}]+)\}/g, (_all, name: string) => percentEncoded(request.pathValues[name] ?? ''));
  const query = new URLSearchParams(request.query as Record<string, string>).toString();
  return query ? `${path}?${query}` : path;
};
