import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { NotReadyException } from '../health/not-ready.exception';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { postgresDataExceptionCode, toProblem } from './to-problem';
import { unexpectedErrorLog } from './unexpected-error-log';

/** Every error leaves as application/problem+json (RFC 9457); unexpected ones are logged without request data. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // The path only: the query string may hold personal data, and the problem is about the resource.
    const problem = { ...toProblem(exception), instance: request.path };
    if (problem.status === 503 && isDatabaseUnavailable(exception)) {
      // Expected under a burst or while PostgreSQL restarts: a warning with the code, not a fault's stack.
      this.logger.warn({ error: unexpectedErrorLog(exception) }, 'database unavailable, answered 503 with Retry-After');
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
      return;
    }
    // Every 5xx but "not ready" (a dependency down, reported by readiness itself) is a fault to look at.
    if (problem.status >= 500 && !(exception instanceof NotReadyException)) {
      this.logger.error({ error: unexpectedErrorLog(exception) }, 'unexpected error, answered 5xx (message withheld: it may quote request data)');
    } else if (postgresDataExceptionCode(exception)) {
      // Answered 400, but a value reached the database that the edge should have refused: a parser to fix.
      this.logger.warn({ error: unexpectedErrorLog(exception) }, 'a request value reached PostgreSQL and was refused (data exception), answered 400: parse it at the edge');
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
