import { defineCommand, identifier, multilineText, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { TRANSFER_REFUSAL_REASONS, type TransferRefusalReason } from '../events/transfer-refusal-reason';
import { decideAcceptIncomingTransfer, decideRefuseIncomingTransfer } from './decide-answer-incoming-transfer';

export interface AcceptIncomingTransferData {
  readonly candidateId: string;
  /** The receiving region, whose officer answers. */
  readonly actingRegion: string;
}

export interface RefuseIncomingTransferData extends AcceptIncomingTransferData {
  readonly reason: TransferRefusalReason;
  /** For this region's record only: it is sealed, and never leaves the region. */
  readonly explanation?: string;
}

export const acceptIncomingTransferDataSchema: z.ZodType<AcceptIncomingTransferData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
});

export const refuseIncomingTransferDataSchema: z.ZodType<RefuseIncomingTransferData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  reason: z.enum(TRANSFER_REFUSAL_REASONS, { message: `must be one of ${TRANSFER_REFUSAL_REASONS.join(', ')}` }),
  explanation: multilineText(2_000).optional(),
});

export const acceptIncomingTransferCommand = defineCommand({ type: 'AcceptIncomingTransfer', schema: acceptIncomingTransferDataSchema, decide: decideAcceptIncomingTransfer });

export const parseAcceptIncomingTransfer = acceptIncomingTransferCommand.parse;
export const refuseIncomingTransferCommand = defineCommand({ type: 'RefuseIncomingTransfer', schema: refuseIncomingTransferDataSchema, decide: decideRefuseIncomingTransfer });

export const parseRefuseIncomingTransfer = refuseIncomingTransferCommand.parse;

/** The receiving region's officer takes the file: the sending region then hands it over. */
export type AcceptIncomingTransfer = TypedCommand<'AcceptIncomingTransfer', AcceptIncomingTransferData>;
/** The receiving region's officer declines the file, with a reason code: it stays where it is. */
export type RefuseIncomingTransfer = TypedCommand<'RefuseIncomingTransfer', RefuseIncomingTransferData>;
