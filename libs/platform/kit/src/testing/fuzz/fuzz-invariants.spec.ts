import { answerProblems } from './fuzz-invariants';
import type { FuzzRequest } from './fuzz-request';
import { fuzzOperations } from './openapi-operations';

const [dspp, revocation] = fuzzOperations({
  paths: {
    '/candidates/{candidateId}/pathways/{pathwayId}/dspp': {
      post: {
        parameters: [{ name: 'candidateId', in: 'path', schema: { type: 'string' } }, { name: 'pathwayId', in: 'path', schema: { type: 'string' } }],
        requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } },
        security: [{ bearer: [] }],
      },
    },
    '/documents/{documentId}/revocation': {
      post: {
        parameters: [{ name: 'documentId', in: 'path', schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] } } } },
        security: [{ bearer: [] }],
      },
    },
  },
});

const request = (operation: typeof dspp, body: FuzzRequest['body']): FuzzRequest => ({
  operation: operation!,
  pathValues: {},
  query: {},
  body,
  credential: { kind: 'none' },
  headers: {},
});
const problem = (status: number, errors?: { field: string; message: string }[]) => ({
  status,
  contentType: 'application/problem+json; charset=utf-8',
  body: { type: 'https://titrepro.fr/problems/x', title: 'T', status, detail: 'd', ...(errors ? { errors } : {}) },
});

describe('the invariants of the OpenAPI fuzz suite', () => {
  const json = (value: unknown) => ({ kind: 'json', value, contentType: 'application/json' }) as const;

  it('holds a 400 naming a documented field the client left out, or an unknown one it sent', () => {
    expect(answerProblems(request(revocation, json({})), problem(400, [{ field: 'reason', message: 'is required' }]))).toEqual([]);
    expect(answerProblems(request(revocation, json({ reason: 'x', extra: 1 })), problem(400, [{ field: 'extra', message: 'is not a field' }]))).toEqual([]);
    expect(answerProblems(request(revocation, json({})), problem(400, [{ field: 'documentId', message: 'bad' }]))).toEqual([]);
  });

  it('flags a 400 naming a field only the server fills in (officerId, documents[0].ccpCode of an upload)', () => {
    expect(answerProblems(request(revocation, json({ reason: 'x' })), problem(400, [{ field: 'officerId', message: 'must be an id' }]))).toEqual([
      'a 400 naming "officerId", which the client neither sent nor could find documented',
    ]);
    const upload = request(dspp, { kind: 'multipart', files: [{ field: 'CCP1', name: 'a.pdf', content: Buffer.from('%PDF') }], fields: [] });
    expect(answerProblems(upload, problem(400, [{ field: 'documents[0].ccpCode', message: 'x' }]))).toHaveLength(1);
    expect(answerProblems(upload, problem(400, [{ field: 'CCP1', message: 'x' }]))).toEqual([]);
  });

  // Found by 25,000 generated requests to the evaluation (FUZZ_SEED=1207): the upload named the part it received.
  it('holds a 400 naming a multipart part whose lone surrogate the wire carried as U+FFFD', () => {
    const upload = request(dspp, { kind: 'multipart', files: [{ field: 'CCP1\ud800', name: 'a.pdf', content: Buffer.from('%PDF') }], fields: [{ name: '\udc00x', value: 'x' }] });
    expect(answerProblems(upload, problem(400, [{ field: 'CCP1\ufffd', message: 'is not a field of this upload' }, { field: '\ufffdx', message: 'is not a field of this upload' }]))).toEqual([]);
    expect(answerProblems(upload, problem(400, [{ field: 'CCP2\ufffd', message: 'is not a field of this upload' }]))).toHaveLength(1);
  });

  it('flags a 5xx, a 400 without errors, a 4xx that is not problem+json, and a 422 without its rule', () => {
    const any = request(revocation, json({}));
    expect(answerProblems(any, { status: 500, contentType: 'application/problem+json', body: {} })).toEqual(['answered 500']);
    expect(answerProblems(any, problem(400))).toEqual(['a 400 that names no field (no "errors")']);
    expect(answerProblems(any, { ...problem(404), contentType: 'text/html' })).toHaveLength(1);
    expect(answerProblems(any, problem(422))).toEqual(['a 422 that names no rule (no "ruleId") and no field (no "errors")']);
    expect(answerProblems(any, { ...problem(422), body: { ...problem(422).body, ruleId: 'JURY-OUTCOME' } })).toEqual([]);
  });
});
