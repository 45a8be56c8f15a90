import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PERSONAL_DATA_IN_REQUEST = 'titrepro:personal-data-in-request';

/** Which parts of a route's requests are personal data. */
export interface PersonalDataInRequest {
  /** Query parameters whose values are personal data: the request log shows `[redacted]` for them. */
  readonly query?: readonly string[];
  /**
   * The body is personal data. No log line ever holds a request body; declaring it keeps that
   * promise visible where the route is written, and in the OpenAPI document (`x-personal-data`).
   */
  readonly body?: boolean;
}

/**
 * Declares, next to the route, the personal data its requests carry, so the request log redacts it.
 * Requests that reach no route are logged without any query string.
 */
export const CarriesPersonalData = (declaration: PersonalDataInRequest): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(PERSONAL_DATA_IN_REQUEST, declaration),
    ApiExtension('x-personal-data', { query: declaration.query ?? [], body: declaration.body ?? false }),
  );
