import { CanActivate, ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { RequestValidationException } from '../errors/request-validation.exception';
import { REQUEST_BODY_METADATA, type RequestBodyDeclaration } from './request-body.metadata';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const carriesBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

const mediaTypeOf = (request: Request): string => String(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const isJson = (mediaType: string): boolean => mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);

const isEmptyJsonObject = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;

/**
 * Every request's body against what its route declares (`ApiRoute`'s body and `consumes`), after
 * authentication and before anything reads it: another media type is 415; a route that takes JSON
 * takes one JSON object, never nothing, an array or a scalar (400 naming `body`); a route that
 * declares no body refuses one that says something. Handlers then read only what their parser allows.
 */
@Injectable()
export class RequestBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!WITH_BODY.has(request.method)) return true;
    const declared = this.reflector.get<RequestBodyDeclaration | undefined>(REQUEST_BODY_METADATA, context.getHandler());
    const mediaType = mediaTypeOf(request);
    if (!declared) {
      if (carriesBody(request) && !(isJson(mediaType) && isEmptyJsonObject(request.body))) {
        throw new RequestValidationException([{ field: 'body', message: 'must be absent: this request takes no body' }]);
      }
      return true;
    }
    if (!carriesBody(request)) {
      throw new RequestValidationException([{ field: 'body', message: `is required (${declared.mediaTypes.join(' or ')})` }]);
    }
    const accepted = declared.mediaTypes.some((each) => each === mediaType || (each === 'application/json' && isJson(mediaType)));
    if (!accepted) {
      throw new UnsupportedMediaTypeException(`Content-Type: this request takes ${declared.mediaTypes.join(' or ')}`);
    }
    if (declared.jsonObject && isJson(mediaType) && (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body))) {
      throw new RequestValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    return true;
  }
}
