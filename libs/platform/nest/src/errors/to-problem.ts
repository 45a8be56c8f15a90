import { HttpException, HttpStatus } from '@nestjs/common';
import type { DomainError } from '@titrepro/domain-kernel';
import { NotReadyException } from '../health/not-ready.exception';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainErrorException } from './domain-error.exception';
import { problemType, type ProblemDetails } from './problem-details';
import { RequestValidationException } from './request-validation.exception';
import { RequestBodyRefusedException } from '../validation/json-body.middleware';

const fromDomainError = (error: DomainError): ProblemDetails => {
  switch (error.kind) {
    case 'invalid-input':
      return {
        type: problemType('invalid-input'),
        title: 'Invalid input',
        status: HttpStatus.BAD_REQUEST,
        detail: `${error.field}: ${error.message}`,
        errors: [{ field: error.field, message: error.message }],
      };
    case 'not-found':
      return { type: problemType('not-found'), title: 'Not found', status: HttpStatus.NOT_FOUND, detail: error.message };
    case 'forbidden':
      return { type: problemType('forbidden'), title: 'Forbidden', status: HttpStatus.FORBIDDEN, detail: error.message };
    case 'conflict':
      return { type: problemType('conflict'), title: 'Conflict', status: HttpStatus.CONFLICT, detail: error.message };
    case 'rule-violation':
      return {
        type: problemType(`rule/${error.ruleId}`),
        title: `Refused by rule ${error.ruleId}`,
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        detail: error.explanation.en,
        ruleId: error.ruleId,
        rulebookId: error.rulebookId,
        explanation: error.explanation,
      };
    default: {
      const unexpected: never = error;
      throw new Error(`unmapped domain error ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * A 400 raised as `field: message` (the house style of BadRequestException) names its field; Express's
 * own, for a path it cannot percent-decode, names the path without quoting it.
 */
const badRequestDetail = (detail: string): Pick<ProblemDetails, 'detail' | 'errors'> => {
  if (/^Failed to decode param/.test(detail)) {
    const message = 'is not valid percent-encoded UTF-8';
    return { detail: `path: ${message}`, errors: [{ field: 'path', message }] };
  }
  const named = fieldOf(detail);
  return { detail, errors: [named ?? { field: '(request)', message: detail }] };
};

/** The field a `field: message` detail names (the house style of HttpExceptions), if it does. */
const fieldOf = (detail: string): { field: string; message: string } | undefined => {
  const match = /^([A-Za-z][\w.[\]-]{0,80}): (.+)$/s.exec(detail);
  return match?.[1] && match[2] ? { field: match[1], message: match[2] } : undefined;
};

const titleOf = (status: number): string =>
  HttpStatus[status]?.toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) ?? 'Error';

/**
 * PostgreSQL's class 22 (data exception: 22021 a NUL in text, 22P02 a malformed uuid, 22001 too
 * long…) raised by a statement the request led to, directly or wrapped (TypeORM's QueryFailedError
 * keeps it as `driverError`). The request carried a value the database cannot take: the edge should
 * have refused it, and this is only the last line, so the filter still logs it.
 */
export const postgresDataExceptionCode = (exception: unknown): string | undefined => {
  for (let error = exception, depth = 0; typeof error === 'object' && error !== null && depth < 4; depth += 1) {
    const { code, severity, driverError, cause } = error as { code?: unknown; severity?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) && typeof severity === 'string') return code;
    error = driverError ?? cause;
  }
  return undefined;
};

/**
 * Maps anything thrown in a request to problem details. Unknown errors become a 500 that reveals
 * nothing; body-parser failures (malformed JSON, too large) keep their 4xx status.
 */
export const toProblem = (exception: unknown): ProblemDetails => {
  if (exception instanceof DomainErrorException) return fromDomainError(exception.error);
  if (exception instanceof RequestValidationException) {
    return {
      type: problemType('invalid-input'),
      title: 'Invalid input',
      status: HttpStatus.BAD_REQUEST,
      detail: exception.message,
      errors: exception.errors,
    };
  }
  if (exception instanceof NotReadyException) {
    // Every check is kept, as `checks`, so operators see which dependency is down and what the others say.
    return {
      type: problemType('not-ready'),
      title: 'Not ready',
      status: HttpStatus.SERVICE_UNAVAILABLE,
      detail: exception.message,
      checks: exception.report.checks,
    };
  }
  if (exception instanceof RequestBodyRefusedException) {
    return { type: problemType(String(exception.status)), title: titleOf(exception.status), status: exception.status, detail: exception.message, errors: [{ field: 'body', message: exception.reason }] };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
    const detail = [message].flat().join('; ');
    if (status === HttpStatus.BAD_REQUEST) return { type: problemType('invalid-input'), title: 'Invalid input', status, ...badRequestDetail(detail) };
    // A 422 that is no rule's (an unknown member named, an Idempotency-Key reused) names its field all the same.
    const named = status === HttpStatus.UNPROCESSABLE_ENTITY ? fieldOf(detail) : undefined;
    return { type: problemType(String(status)), title: titleOf(status), status, detail, ...(named ? { errors: [named] } : {}) };
  }
  const status = (exception as { status?: unknown; type?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Raised by body-parser before any handler runs (e.g. entity.parse.failed, entity.too.large).
    const message = status === 400 ? 'is not valid JSON' : status === 413 ? 'is too large' : status === 415 ? 'has an unsupported charset or encoding' : 'cannot be read';
    return {
      type: problemType(String(status)),
      title: titleOf(status),
      status,
      detail: `body: ${message}`,
      errors: [{ field: 'body', message }],
    };
  }
  const dataException = postgresDataExceptionCode(exception);
  if (dataException) {
    return {
      type: problemType('invalid-input'),
      title: 'Invalid input',
      status: HttpStatus.BAD_REQUEST,
      detail: `a value of the request cannot be stored (PostgreSQL data exception ${dataException}); nothing was stored`,
      errors: [{ field: '(request)', message: `holds a value the database refuses (${dataException})` }],
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      type: problemType('database-unavailable'),
      title: 'Service unavailable',
      status: HttpStatus.SERVICE_UNAVAILABLE,
      detail: 'the database cannot serve this request now (connections exhausted or unreachable); nothing was stored: send it again after Retry-After seconds',
    };
  }
  return {
    type: problemType('internal'),
    title: 'Internal Server Error',
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    detail: 'an unexpected error occurred; it has been logged',
  };
};
