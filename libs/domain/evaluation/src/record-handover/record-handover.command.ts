import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

export const parseRecordHandover = commandParser('RecordHandover', recordHandoverDataSchema);

/** The candidate's home region moved: the open pathways evaluated by the old one pass to the new one. */
export type RecordHandover = ParsedCommand<typeof parseRecordHandover>;
