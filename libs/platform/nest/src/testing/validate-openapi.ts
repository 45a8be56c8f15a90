import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { problemDetailsRef } from '../openapi/problem-details.schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

interface MediaType {
  readonly schema?: { readonly $ref?: string };
}
interface Response {
  readonly content?: Record<string, MediaType>;
}
interface Operation {
  readonly summary?: string;
  readonly responses?: Record<string, Response>;
}
interface Document {
  readonly paths?: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
}

const operationProblems = (name: string, operation: Operation): string[] => {
  const problems: string[] = [];
  if (!operation.summary?.trim() || /[\r\n]/.test(operation.summary)) problems.push(`${name}: no one-line summary`);
  const responses = Object.entries(operation.responses ?? {});
  const successes = responses.filter(([status]) => /^2\d\d$/.test(status));
  const described = successes.some(
    ([status, response]) => status === '204' || Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
  );
  if (!described) problems.push(`${name}: no 2xx response with a body schema (or a 204)`);
  for (const [status, response] of responses) {
    if (!/^[45]\d\d$|^[45]XX$|^default$/.test(status)) continue;
    const problem = response.content?.[PROBLEM_CONTENT_TYPE]?.schema;
    if (problem?.$ref !== problemDetailsRef.$ref) problems.push(`${name}: response ${status} is not ${PROBLEM_CONTENT_TYPE} with the ProblemDetails schema`);
  }
  return problems;
};

/**
 * What is wrong with an OpenAPI document: whatever swagger-parser finds invalid, then each
 * operation without a one-line summary, without a 2xx response that has a body schema (a 204 needs
 * none), or with a 4xx/5xx response that is not problem+json with the ProblemDetails schema.
 * Empty when the document is as the platform promises.
 */
export const openApiDocumentProblems = async (document: object): Promise<string[]> => {
  const problems: string[] = [];
  try {
    // swagger-parser dereferences in place: it gets a copy.
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    problems.push(`invalid OpenAPI document: ${(error as Error).message}`);
  }
  for (const [path, item] of Object.entries((document as Document).paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) problems.push(...operationProblems(`${method.toUpperCase()} ${path}`, operation));
    }
  }
  return problems;
};

/** Fetches the app's `/docs/openapi.json` and lists its problems (see openApiDocumentProblems): `expect(await openApiProblems(app)).toEqual([])`. */
export const openApiProblems = async (app: INestApplication): Promise<string[]> => {
  const response = await request(app.getHttpServer()).get('/docs/openapi.json');
  if (response.status !== 200) return [`GET /docs/openapi.json answered ${response.status}`];
  return openApiDocumentProblems(response.body as object);
};
