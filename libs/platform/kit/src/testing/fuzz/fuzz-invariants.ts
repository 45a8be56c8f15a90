import type { FuzzRequest } from './fuzz-request';
import type { JsonSchema } from './openapi-operations';

/** What came back, as the invariants read it. */
export interface FuzzResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

/** Names a 400 may give besides the request's own: the body as a whole, and the headers a client sets. */
const ALWAYS_NAMEABLE = ['body', 'path', 'Content-Type', 'Idempotency-Key', 'Authorization'];

const rootOf = (field: string): string => field.split(/[.[]/)[0] ?? field;

/** Every property name a schema documents, at any depth: a missing required field is named by one of them. */
const documentedNames = (schema: JsonSchema | undefined, into = new Set<string>()): Set<string> => {
  if (!schema) return into;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    documentedNames(child, into);
  }
  for (const child of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? []), ...(schema.items ? [schema.items] : [])]) documentedNames(child, into);
  return into;
};

/** Every key the client sent in its body, at any depth. */
const sentNames = (value: unknown, into = new Set<string>()): Set<string> => {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, child] of Object.entries(value)) {
    into.add(key);
    sentNames(child, into);
  }
  return into;
};

/**
 * What a field named in a 400 may be: a path or query parameter of the route, `body` or a header,
 * a field the route documents (a missing required one), or one the client sent (an unknown one,
 * a multipart field). Never a field only the server fills in (`submittedBy`, `officerId`,
 * `documents[0].ccpCode` of an upload): the client would not know what it did wrong.
 */
export const nameableFields = (request: FuzzRequest): Set<string> => {
  const names = new Set<string>(ALWAYS_NAMEABLE);
  for (const parameter of [...request.operation.pathParameters, ...request.operation.queryParameters]) names.add(parameter.name);
  documentedNames(request.operation.bodySchema, names);
  const body = request.body;
  if (body.kind === 'json') sentNames(body.value, names);
  if (body.kind === 'raw') {
    try {
      sentNames(JSON.parse(body.text), names);
    } catch {
      // Not JSON: it names nothing.
    }
  }
  if (body.kind === 'multipart') for (const part of [...body.files.map((file) => file.field), ...body.fields.map((field) => field.name)]) names.add(JSON.stringify(onTheWire(part).slice(0, 64)).slice(1, -1));
  return names;
};

/**
 * A multipart name as the server receives it: the part's header is UTF-8, where a lone surrogate
 * cannot be written, so it arrives as U+FFFD ("CCP1\ud800" is "CCP1\ufffd" on the wire, and the
 * server rightly names what it received). JSON bodies escape it instead and keep it.
 */
const onTheWire = (name: string): string => Buffer.from(name, 'utf8').toString('utf8');

/**
 * The invariants every answer keeps, as a list of what is wrong (empty when it holds): never a
 * 5xx; a 4xx is application/problem+json with `type`, `title`, `detail` and the same `status`; a
 * 400 names in `errors` the fields it refuses, each one the client can act on (see nameableFields);
 * a 422 names its rule (`ruleId`) or, when no rule refused it, its fields as a 400 does.
 */
export const answerProblems = (request: FuzzRequest, response: FuzzResponse): string[] => {
  const problems: string[] = [];
  if (response.status >= 500) return [`answered ${response.status}`];
  if (response.status < 400) return problems;
  if (!response.contentType.startsWith('application/problem+json')) problems.push(`a ${response.status} that is not application/problem+json (${response.contentType})`);
  const problem = (typeof response.body === 'object' && response.body !== null ? response.body : {}) as Record<string, unknown>;
  for (const member of ['type', 'title', 'detail']) {
    if (typeof problem[member] !== 'string' || (problem[member] as string).trim() === '') problems.push(`a ${response.status} without a "${member}"`);
  }
  if (problem['status'] !== response.status) problems.push(`a ${response.status} whose problem says status ${String(problem['status'])}`);
  const isRule = response.status === 422 && typeof problem['ruleId'] === 'string';
  if (response.status === 400 || (response.status === 422 && !isRule)) {
    const errors = problem['errors'];
    if (!Array.isArray(errors) || errors.length === 0) {
      problems.push(response.status === 400 ? 'a 400 that names no field (no "errors")' : 'a 422 that names no rule (no "ruleId") and no field (no "errors")');
    } else {
      const nameable = nameableFields(request);
      for (const error of errors as { field?: unknown; message?: unknown }[]) {
        if (typeof error.field !== 'string' || typeof error.message !== 'string' || error.message.trim() === '') problems.push(`a 400 error without field and message: ${JSON.stringify(error)}`);
        else if (!nameable.has(rootOf(error.field)) && !nameable.has(error.field)) problems.push(`a ${response.status} naming "${error.field}", which the client neither sent nor could find documented`);
      }
    }
  }
  return problems;
};
