import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideRecordHandover } from './decide-record-handover';

export interface RecordHandoverData {
  readonly candidateId: string;
  readonly fromRegion: string;
  readonly toRegion: string;
}

/** The data of RecordHandover, as the registry's CandidateHandedOver gives it. */
export const recordHandoverDataSchema: z.ZodType<RecordHandoverData, unknown> = z.strictObject({
  candidateId: identifier,
  fromRegion: regionCode,
  toRegion: regionCode,
});

export const recordHandoverCommand = defineCommand({ type: 'RecordHandover', schema: recordHandoverDataSchema, decide: decideRecordHandover });

export const parseRecordHandover = recordHandoverCommand.parse;

/** The candidate's home region moved: the open pathways evaluated by the old one pass to the new one. */
export type RecordHandover = TypedCommand<'RecordHandover', RecordHandoverData>;
