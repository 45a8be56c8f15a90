import type { DomainError } from './domain-error';

/**
 * A decider's refusal, thrown by an adapter that cannot return it (a command handler, a consumer):
 * the DomainError itself, carried unchanged. The HTTP filter answers it as problem+json (400, 403,
 * 404, 409 or 422 by its kind); a consumer dead-letters the message at once (deciding again decides
 * the same). One form from the decider to either end: no HTTP exception in a consumer, no
 * conversion on the way.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** A decider's Result for an adapter: its value, or its refusal thrown as a Refusal. */
export const valueOrRefusal = <Value>(result: { ok: true; value: Value } | { ok: false; error: DomainError }): Value => {
  if (!result.ok) throw new Refusal(result.error);
  return result.value;
};
