import { openApiDocumentProblems } from './validate-openapi';

const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
const documentWith = (operation: Record<string, unknown>) => ({
  openapi: '3.0.0',
  info: { title: 'test', version: '1' },
  paths: { '/things': { get: operation } },
  components: { schemas: { ProblemDetails: { type: 'object' } } },
});
const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } };

describe('openApiDocumentProblems', () => {
  it('accepts an operation with a summary, a 2xx body schema and problem+json errors', async () => {
    expect(await openApiDocumentProblems(documentWith({ summary: 'Lists things', responses: { 200: ok, 404: { description: 'no', ...problem } } }))).toEqual([]);
  });

  it('accepts a 204 without a body schema', async () => {
    expect(await openApiDocumentProblems(documentWith({ summary: 'Forgets things', responses: { 204: { description: 'done' } } }))).toEqual([]);
  });

  it('flags an operation without a summary', async () => {
    expect(await openApiDocumentProblems(documentWith({ responses: { 200: ok } }))).toEqual(['GET /things: no one-line summary']);
  });

  it('flags an operation whose success has no body schema', async () => {
    expect(await openApiDocumentProblems(documentWith({ summary: 'Lists things', responses: { 200: { description: 'ok' } } }))).toEqual([
      'GET /things: no 2xx response with a body schema (or a 204)',
    ]);
  });

  it('flags an error response that is not problem+json', async () => {
    const plain = { description: 'no', content: { 'application/json': { schema: { type: 'object' } } } };
    expect(await openApiDocumentProblems(documentWith({ summary: 'Lists things', responses: { 200: ok, 403: plain } }))).toEqual([
      'GET /things: response 403 is not application/problem+json with the ProblemDetails schema',
    ]);
  });

  it('reports what swagger-parser finds invalid', async () => {
    const problems = await openApiDocumentProblems({ ...documentWith({ summary: 'Lists things', responses: { 200: ok } }), info: { title: 'test' } });
    expect(problems[0]).toMatch(/^invalid OpenAPI document: /);
  });
});
