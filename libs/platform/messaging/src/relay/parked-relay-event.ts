/**
 * Why a relay parked an event:
 * - `unmappable`: the mapper threw, or its payload failed the contract's schema;
 * - `held-behind`: a later event of a stream with a parked event, held so that no consumer sees it
 *   without the earlier one.
 */
export type RelayParkReason = 'unmappable' | 'held-behind';

/** An event the relay decided to park; written with the checkpoint that moves past it. */
export interface EventToPark {
  readonly globalPosition: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly reason: RelayParkReason;
  /** For `held-behind`: the global position of the stream's first parked event. */
  readonly heldBehind: number | undefined;
  readonly error: string;
}

/** A parked event as recorded, for operators and readiness checks. */
export interface ParkedRelayEvent extends EventToPark {
  readonly relay: string;
  readonly parkedAt: Date;
  /** When a retry last failed on it (undefined before any retry). */
  readonly retriedAt: Date | undefined;
}

/** Error texts are bounded: a stack trace or a zod report must not bloat the table. */
export const MAX_PARK_ERROR_LENGTH = 2_000;

export const heldBehindText = (position: number): string => `held behind position ${position}, parked earlier in its stream`;
