import type { z } from 'zod';
import type { BoundedContext } from './bounded-context';
import { topicFor } from './topics';

/** Every integration event is about one candidate, whose id is the Kafka key (per-candidate order). */
export interface CandidateKeyed {
  readonly candidateId: string;
}

/**
 * One version of one integration event: what its payload looks like (zod), where it is published
 * and how it is keyed. `type` + `version` identify it; a breaking change gets a new version.
 */
export interface IntegrationContract<
  Type extends string = string,
  Version extends number = number,
  Schema extends z.ZodType<CandidateKeyed> = z.ZodType<CandidateKeyed>,
> {
  readonly type: Type;
  readonly version: Version;
  readonly context: BoundedContext;
  readonly topic: string;
  /** One line for the AsyncAPI document. */
  readonly summary: string;
  readonly description?: string;
  readonly schema: Schema;
  /** The Kafka key of a payload: the candidate id. */
  readonly key: (payload: z.output<Schema>) => string;
}

/** The payload type of a contract. */
export type PayloadOf<Contract> = Contract extends IntegrationContract<string, number, infer Schema> ? z.output<Schema> : never;

export interface ContractDefinition<Type extends string, Version extends number, Schema extends z.ZodType<CandidateKeyed>> {
  readonly type: Type;
  readonly version: Version;
  readonly context: BoundedContext;
  readonly summary: string;
  readonly description?: string;
  readonly schema: Schema;
}

/** Builds a contract: topic from the context, key = the payload's candidate id. */
export const defineContract = <Type extends string, Version extends number, Schema extends z.ZodType<CandidateKeyed>>(
  definition: ContractDefinition<Type, Version, Schema>,
): IntegrationContract<Type, Version, Schema> =>
  Object.freeze({
    ...definition,
    topic: topicFor(definition.context),
    key: (payload: z.output<Schema>) => payload.candidateId,
  });

/** `CandidateRegistered@1`: how a contract version is named in snapshots, errors and logs. */
export const contractId = (contract: Pick<IntegrationContract, 'type' | 'version'>): string =>
  `${contract.type}@${contract.version}`;
