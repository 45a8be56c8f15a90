import type { IntegrationContract, PayloadOf } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';

/** One integration event a domain event becomes. */
export interface IntegrationEventDraft<Contract extends IntegrationContract = IntegrationContract> {
  readonly contract: Contract;
  readonly payload: PayloadOf<Contract>;
  /**
   * Id of the integration event. Defaults to the domain event's id; when one domain event yields
   * several integration events, give each a stable id (it must be the same on every replay).
   */
  readonly eventId?: string;
}

/**
 * The service's mapping from its domain events to integration events: none (internal events),
 * one, or several. Must be deterministic: the relay may replay an event after a crash.
 */
export type EventMapper = (
  event: RecordedEvent,
) => IntegrationEventDraft | readonly IntegrationEventDraft[] | null | undefined;

/** Builds a draft with the payload type checked against the contract. */
export const integrationEvent = <Contract extends IntegrationContract>(
  contract: Contract,
  payload: PayloadOf<Contract>,
  eventId?: string,
): IntegrationEventDraft<Contract> => (eventId === undefined ? { contract, payload } : { contract, payload, eventId });
