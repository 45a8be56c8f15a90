/** A request whose body, query or path parameters do not have the expected shape (400). */
export class RequestValidationException extends Error {
  override readonly name = 'RequestValidationException';
  constructor(readonly errors: readonly { readonly field: string; readonly message: string }[]) {
    super(errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  }
}
