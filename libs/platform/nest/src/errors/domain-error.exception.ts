import type { DomainError } from '@titrepro/domain-kernel';

/** Carries a decider's typed refusal through Nest to the problem+json filter. */
export class DomainErrorException extends Error {
  override readonly name = 'DomainErrorException';
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** Unwraps a decider Result for an adapter: the value, or a DomainErrorException for the filter. */
export const valueOrThrow = <Value>(result: { ok: true; value: Value } | { ok: false; error: DomainError }): Value => {
  if (!result.ok) throw new DomainErrorException(result.error);
  return result.value;
};
