import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'titrepro:public-route';

/**
 * Opens a route to callers without a token (health, metrics). Every route declares this or
 * `@Authorize(...)`: a service with a route that declares neither refuses to start.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
