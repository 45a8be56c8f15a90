import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import type { ProblemDetails } from '../errors/problem-details';
import { readinessCheckResultSchema } from '../health/readiness-report';
import { openApiSchema } from './openapi-schema';

/** RFC 9457 problem details as the API documents them; `satisfies` keeps it in step with the type the filter builds. */
export const problemDetailsSchema = z.object({
  type: z.string().describe('A URI naming the kind of problem'),
  title: z.string().describe('A short summary of that kind of problem'),
  status: z.number().int().describe('The HTTP status'),
  detail: z.string().describe('What went wrong with this request, for a person'),
  instance: z.string().optional().describe('The path of the request (never its query string)'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('The offending input fields (400)'),
  ruleId: z.string().optional().describe('The business rule that refused the request (422)'),
  rulebookId: z.string().optional().describe('The dated rulebook holding that rule'),
  explanation: z.object({ fr: z.string(), en: z.string() }).optional().describe('Why the rule refused, in French and English'),
  checks: z.record(z.string(), readinessCheckResultSchema).optional().describe('Each readiness check (503 from /health/ready)'),
}) satisfies z.ZodType<ProblemDetails>;

export const PROBLEM_DETAILS_SCHEMA_NAME = 'ProblemDetails';

/** What every error response's schema is: a reference to the one ProblemDetails component. */
export const problemDetailsRef = { $ref: `#/components/schemas/${PROBLEM_DETAILS_SCHEMA_NAME}` };

/** Adds the ProblemDetails component the error responses refer to. */
export const withProblemDetailsComponent = (document: OpenAPIObject): OpenAPIObject => ({
  ...document,
  components: {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_DETAILS_SCHEMA_NAME]: openApiSchema(problemDetailsSchema) },
  },
});
