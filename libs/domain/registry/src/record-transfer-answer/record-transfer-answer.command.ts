import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { TRANSFER_REFUSAL_REASONS, type TransferRefusalReason } from '../events/transfer-refusal-reason';

export interface RecordHandoverData {
  readonly candidateId: string;
  /** The sending (home) region, recording the answer. */
  readonly actingRegion: string;
  /** The region that accepted. */
  readonly toRegion: string;
}

export interface RecordTransferRefusalData extends RecordHandoverData {
  readonly reason: TransferRefusalReason;
}

export const recordHandoverDataSchema: z.ZodType<RecordHandoverData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  toRegion: regionCode,
});

export const recordTransferRefusalDataSchema: z.ZodType<RecordTransferRefusalData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  toRegion: regionCode,
  reason: z.enum(TRANSFER_REFUSAL_REASONS),
});

export const parseRecordHandover = commandParser('RecordHandover', recordHandoverDataSchema);
export const parseRecordTransferRefusal = commandParser('RecordTransferRefusal', recordTransferRefusalDataSchema);

/** The receiving region accepted (a consumed CandidateTransferAccepted): hand the file over. */
export type RecordHandover = ParsedCommand<typeof parseRecordHandover>;
/** The receiving region refused (a consumed CandidateTransferRefused): the file stays here. */
export type RecordTransferRefusal = ParsedCommand<typeof parseRecordTransferRefusal>;
