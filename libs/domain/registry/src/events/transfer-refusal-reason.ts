/**
 * Why a receiving region refuses a file, as a fixed code: the code travels to the sending region
 * (and Kafka); the officer's free-text explanation stays sealed in the receiving region's store.
 */
export const TRANSFER_REFUSAL_REASONS = ['title-not-offered', 'not-resident', 'file-incomplete', 'other'] as const;
export type TransferRefusalReason = (typeof TRANSFER_REFUSAL_REASONS)[number];
