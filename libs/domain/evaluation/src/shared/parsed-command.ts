import type { DomainError, Result, TypedCommand } from '@titrepro/domain-kernel';

/** The command a `commandParser` yields for valid input: what a decider receives. */
export type ParsedCommand<Parser extends (input: unknown) => Result<TypedCommand, DomainError>> = Extract<
  ReturnType<Parser>,
  { readonly ok: true }
>['value'];
