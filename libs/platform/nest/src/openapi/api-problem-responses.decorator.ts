import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { problemDetailsRef } from './problem-details.schema';

const standardDescriptions = {
  400: 'Invalid input: `errors` names each field',
  401: 'No bearer token, or an invalid one',
  403: "Role not allowed, a region other than this office, or a candidate whose home region is another",
  404: 'Not found',
  409: 'Conflicts with the current state (e.g. a concurrent change)',
  412: 'Precondition failed',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Refused by a business rule: `ruleId`, `rulebookId` and `explanation` say which and why',
  429: 'Too many requests',
  500: 'Unexpected error; the service logged it',
  503: 'Not available right now',
} as const;

/** An error status with a standard description. */
export type ProblemStatus = keyof typeof standardDescriptions;

/** An error answer: a standard status, or any 4xx/5xx with a description of its own. */
export type ProblemResponse = ProblemStatus | { readonly status: number; readonly description: string };

/** Documents error answers, each as application/problem+json with the shared ProblemDetails schema. */
export const ApiProblemResponses = (responses: readonly ProblemResponse[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ...responses.map((response) => {
      const { status, description } =
        typeof response === 'number' ? { status: response, description: standardDescriptions[response] } : response;
      return ApiResponse({ status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemDetailsRef } } });
    }),
  );
