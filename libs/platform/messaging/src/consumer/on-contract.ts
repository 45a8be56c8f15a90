import { contractId, type IntegrationContract, type PayloadOf } from '@titrepro/contracts';
import { PermanentHandlerError, type ConsumedEvent } from './consumed-event';

/** A consumed event of one contract: its type, version and payload as the contract's schema gives them. */
export type ConsumedEventOf<Contract extends IntegrationContract> = Omit<ConsumedEvent, 'type' | 'schemaVersion' | 'payload'> & {
  readonly type: Contract['type'];
  readonly schemaVersion: Contract['version'];
  readonly payload: Readonly<PayloadOf<Contract>>;
};

/** One contract's handler (see on): `handle` answers undefined for an event of another contract. */
export interface ContractHandler<Result> {
  readonly contract: IntegrationContract;
  readonly handle: (event: ConsumedEvent) => Result | undefined;
}

/** Payloads the decoder validated, and against which contract: not validated twice. */
const validated = new WeakMap<object, IntegrationContract>();

/** Said by the decoder of a payload it validated against `contract` (the schema's output). */
export const markValidated = (payload: object, contract: IntegrationContract): void => {
  validated.set(payload, contract);
};

/**
 * The event's payload as `contract`'s schema outputs it. One that breaks the schema (an event read
 * back from storage, a consumer validating against other contracts) is refused as a permanent
 * failure: the consumer's dead-letter path, never a crash, never the handler.
 */
const payloadFor = <Contract extends IntegrationContract>(contract: Contract, event: ConsumedEvent): PayloadOf<Contract> => {
  if (validated.get(event.payload) === contract) return event.payload as unknown as PayloadOf<Contract>;
  const parsed = contract.schema.safeParse(event.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new PermanentHandlerError(`${contractId(contract)}: ${issues.join('; ')}`);
  }
  validated.set(parsed.data as object, contract);
  return parsed.data as PayloadOf<Contract>;
};

/**
 * Handles the events of one contract (its type and version), the payload typed from the contract's
 * schema and validated against it before `handler` runs:
 *
 *     commandsFor: byContract(
 *       on(PathwayOpenedV1, (event) => … event.payload.titleCode …),
 *       on(PathwayWithdrawnV1, (event) => …),
 *     )
 */
export const on = <Contract extends IntegrationContract, Result>(
  contract: Contract,
  handler: (event: ConsumedEventOf<Contract>) => Result,
): ContractHandler<Result> => ({
  contract,
  handle: (event) => {
    if (event.type !== contract.type || event.schemaVersion !== contract.version) return undefined;
    return handler({ ...event, payload: payloadFor(contract, event) } as ConsumedEventOf<Contract>);
  },
});

type ResultOf<Handler> = Handler extends ContractHandler<infer Result> ? Result : never;

/**
 * One function over several contracts' handlers: the event goes to the handler of its contract
 * (type and version); undefined for an event none of them handles. Two handlers of one contract
 * are a programming error.
 */
export const byContract = <Handlers extends readonly ContractHandler<unknown>[]>(...handlers: Handlers): ((event: ConsumedEvent) => ResultOf<Handlers[number]> | undefined) => {
  const byId = new Map<string, ContractHandler<unknown>>();
  for (const handler of handlers) {
    const id = contractId(handler.contract);
    if (byId.has(id)) throw new Error(`Two handlers of ${id}`);
    byId.set(id, handler);
  }
  return (event) => byId.get(contractId({ type: event.type, version: event.schemaVersion }))?.handle(event) as ResultOf<Handlers[number]> | undefined;
};

/** The contracts a set of handlers handles (for a consumer's documentation or a test). */
export const contractsOf = (handlers: readonly ContractHandler<unknown>[]): readonly IntegrationContract[] => handlers.map((handler) => handler.contract);
