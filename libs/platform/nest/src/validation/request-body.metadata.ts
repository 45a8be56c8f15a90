import { SetMetadata } from '@nestjs/common';

export const REQUEST_BODY_METADATA = 'titrepro:request-body';

/** What a route accepts as its body: set by `ApiRoute` from its `body` and `consumes`. */
export interface RequestBodyDeclaration {
  /** Media types without parameters, `application/json` first when it takes JSON. */
  readonly mediaTypes: readonly string[];
  /** JSON bodies must be one object (a command's fields); false leaves the shape to the handler. */
  readonly jsonObject: boolean;
}

export const DeclareRequestBody = (declaration: RequestBodyDeclaration): MethodDecorator => SetMetadata(REQUEST_BODY_METADATA, declaration);
