import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { TRANSFER_REFUSAL_REASONS, type TransferRefusalReason } from '../events/transfer-refusal-reason';
import { decideRecordHandover, decideRecordTransferRefusal } from './decide-record-transfer-answer';

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

export const recordHandoverCommand = defineCommand({ type: 'RecordHandover', schema: recordHandoverDataSchema, decide: decideRecordHandover });

export const parseRecordHandover = recordHandoverCommand.parse;
export const recordTransferRefusalCommand = defineCommand({ type: 'RecordTransferRefusal', schema: recordTransferRefusalDataSchema, decide: decideRecordTransferRefusal });

export const parseRecordTransferRefusal = recordTransferRefusalCommand.parse;

/** The receiving region accepted (a consumed CandidateTransferAccepted): hand the file over. */
export type RecordHandover = TypedCommand<'RecordHandover', RecordHandoverData>;
/** The receiving region refused (a consumed CandidateTransferRefused): the file stays here. */
export type RecordTransferRefusal = TypedCommand<'RecordTransferRefusal', RecordTransferRefusalData>;
