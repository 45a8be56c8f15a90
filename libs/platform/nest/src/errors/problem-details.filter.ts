import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem-details';
import { toProblem } from './to-problem';
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
    if (problem.type === problemType('internal')) {
      this.logger.error({ error: unexpectedErrorLog(exception) }, 'unexpected error, answered 500 (message withheld: it may quote request data)');
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
