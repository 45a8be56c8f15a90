import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { certificateCode } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, issuingRegionFields, type AwardData, type IssuedDocumentData, type IssuingRegionData } from '../shared/input-schemas';
import { decideRecordCcsAward } from './decide-record-ccs-award';

export interface RecordCcsAwardData extends AwardData, IssuingRegionData, IssuedDocumentData {
  readonly ccsCode: string;
}

/** The data of RecordCcsAward, from a jury's CcsAwarded (any region's). */
export const recordCcsAwardDataSchema: z.ZodType<RecordCcsAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccsCode: certificateCode,
  ...issuingRegionFields,
  ...issuedDocumentFields,
});

export const recordCcsAwardCommand = defineCommand({ type: 'RecordCcsAward', schema: recordCcsAwardDataSchema, decide: decideRecordCcsAward });

export const parseRecordCcsAward = recordCcsAwardCommand.parse;

/** A jury awarded a CCS (minutes sealed): its region issues the parchemin; any other takes the decision, holding nothing. */
export type RecordCcsAward = TypedCommand<'RecordCcsAward', RecordCcsAwardData>;
