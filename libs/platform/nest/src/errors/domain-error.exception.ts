import { Refusal, valueOrRefusal } from '@titrepro/domain-kernel';

/**
 * A decider's refusal on its way to the problem+json filter: the kernel's Refusal, the one refusal
 * type (a consumer dead-letters the same object). The name stays for the adapters that throw it.
 */
export const DomainErrorException = Refusal;
export type DomainErrorException = Refusal;

/** Unwraps a decider Result for an adapter: the value, or the refusal thrown for the filter. */
export const valueOrThrow = valueOrRefusal;
