import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { DeclareRequestBody } from '../validation/request-body.metadata';
import { ApiProblemResponses, type ProblemResponse } from './api-problem-responses.decorator';
import { openApiSchema, type OpenApiSchemaSource } from './openapi-schema';
import { requestBodySchema } from './request-body-schema';

/** The answer a route gives when it succeeds: a body schema, unless it answers 204. */
export type ApiSuccess =
  | { readonly status: 204; readonly description: string }
  | {
      readonly status: 200 | 201 | 202;
      readonly description: string;
      readonly schema: OpenApiSchemaSource;
      /** Defaults to application/json. */
      readonly contentType?: string;
    };

/** A request body; `serverFields` are left out of the documentation because the server fills them in. */
export interface ApiRequestBody {
  readonly schema: OpenApiSchemaSource;
  readonly serverFields?: readonly string[];
  readonly description?: string;
}

export interface ApiRouteOptions {
  /** One line, shown in the list of operations. */
  readonly summary: string;
  readonly description?: string;
  readonly success: ApiSuccess;
  /** Error answers, each documented as problem+json. `@Authorize` adds 401 and 403 itself. */
  readonly errors?: readonly ProblemResponse[];
  readonly body?: ApiRequestBody;
  /**
   * The media types the route takes as its body: `application/json` when it has a `body`; say so for
   * others (`multipart/form-data`, `application/pdf`). A route with neither takes no body. Enforced by
   * RequestBodyGuard (415 for another type, 400 for a missing JSON object).
   */
  readonly consumes?: readonly string[];
}

const successResponse = (success: ApiSuccess): MethodDecorator =>
  success.status === 204
    ? ApiResponse({ status: 204, description: success.description })
    : ApiResponse({
        status: success.status,
        description: success.description,
        content: { [success.contentType ?? 'application/json']: { schema: openApiSchema(success.schema) } },
      });

/**
 * Documents a route in one place: summary, success status and body schema, error answers as
 * problem+json, request body. It also sets the success status the route answers with, so the
 * document cannot say 201 while the route sends 200.
 */
export const ApiRoute = (options: ApiRouteOptions): MethodDecorator => {
  if (!options.summary.trim() || /[\r\n]/.test(options.summary)) {
    throw new Error(`ApiRoute summary must be one non-empty line: ${JSON.stringify(options.summary)}`);
  }
  const body = options.body;
  const consumes = options.consumes ?? (body ? ['application/json'] : []);
  return applyDecorators(
    ApiOperation({ summary: options.summary, ...(options.description ? { description: options.description } : {}) }),
    HttpCode(options.success.status),
    successResponse(options.success),
    ApiProblemResponses(options.errors ?? []),
    ...(body
      ? [ApiBody({ schema: requestBodySchema(body.schema, body.serverFields), ...(body.description ? { description: body.description } : {}) })]
      : []),
    ...(consumes.length > 0 ? [DeclareRequestBody({ mediaTypes: consumes, jsonObject: body !== undefined }), ...(options.consumes ? [ApiConsumes(...consumes)] : [])] : []),
  );
};
