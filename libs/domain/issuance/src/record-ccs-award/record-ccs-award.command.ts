import { commandParser, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { certificateCode } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, type AwardData, type IssuedDocumentData } from '../shared/input-schemas';

export interface RecordCcsAwardData extends AwardData, IssuedDocumentData {
  readonly ccsCode: string;
}

/** The data of RecordCcsAward, from a jury's CcsAwarded (any region's). */
export const recordCcsAwardDataSchema: z.ZodType<RecordCcsAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccsCode: certificateCode,
  ...issuedDocumentFields,
});

export const parseRecordCcsAward = commandParser('RecordCcsAward', recordCcsAwardDataSchema);

/** A jury awarded a CCS (minutes sealed): its parchemin is issued. */
export type RecordCcsAward = ParsedCommand<typeof parseRecordCcsAward>;
