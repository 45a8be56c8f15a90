import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { RequestValidationException } from '../errors/request-validation.exception';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json-depth';

/** A body the JSON parser refused: its status (400, 413, 415) and why, naming `body` and quoting none of it. */
export class RequestBodyRefusedException extends Error {
  override readonly name = 'RequestBodyRefusedException';
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`body: ${reason}`);
  }
}

const refusal = (error: { status?: unknown; type?: unknown }): RequestBodyRefusedException => {
  if (error.status === 413) return new RequestBodyRefusedException(413, 'is too large');
  if (error.status === 415) return new RequestBodyRefusedException(415, 'has an unsupported charset or encoding (send UTF-8)');
  return new RequestBodyRefusedException(400, 'is not valid JSON');
};

/**
 * The services' JSON body parser (application/json and +json types, up to `limit`): what it refuses
 * is named `body` without quoting it (the parser's own messages quote the text, which may be
 * personal data), and a body nested deeper than MAX_JSON_DEPTH is refused before any code walks it
 * recursively (fingerprints, logs, parsers).
 */
export const jsonBody = (limit: string): RequestHandler => {
  const parse = express.json({ limit, type: ['application/json', 'application/*+json'] });
  return (request: Request, response: Response, next: NextFunction): void => {
    parse(request, response, (error?: unknown) => {
      if (error) return next(refusal(error as { status?: unknown }));
      if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) return next(new RequestValidationException([{ field: 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` }]));
      next();
    });
  };
};
