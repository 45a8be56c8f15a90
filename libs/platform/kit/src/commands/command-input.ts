import { RequestValidationException } from '@titrepro/platform-nest';

/**
 * A request body completed with what the server decides (ids from the path, the region, a minted
 * id), ready for the domain's `parseX`. A body that tries to set one of those fields is refused,
 * naming it: a client never chooses a server-side value, silently or not.
 */
export const commandInput = (body: unknown, serverFields: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  // No body, an array or a scalar is not a command's fields: refused, never read as an empty object.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestValidationException([{ field: 'body', message: 'must be a JSON object' }]);
  }
  const fields = body as Record<string, unknown>;
  const claimed = Object.keys(serverFields).filter((field) => Object.hasOwn(fields, field));
  if (claimed.length > 0) {
    throw new RequestValidationException(claimed.map((field) => ({ field, message: 'is set by the server, not by the request' })));
  }
  return { ...fields, ...serverFields };
};
