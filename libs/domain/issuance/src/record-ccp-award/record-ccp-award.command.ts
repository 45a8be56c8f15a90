import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { someCcpCodes } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, issuingRegionFields, type AwardData, type IssuedDocumentData, type IssuingRegionData } from '../shared/input-schemas';
import { decideRecordCcpAward } from './decide-record-ccp-award';

export interface RecordCcpAwardData extends AwardData, IssuingRegionData, IssuedDocumentData {
  /** The CCPs awarded without the title. */
  readonly ccpCodes: readonly string[];
}

/** The data of RecordCcpAward, from a jury's CcpAwarded (any region's). */
export const recordCcpAwardDataSchema: z.ZodType<RecordCcpAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccpCodes: someCcpCodes,
  ...issuingRegionFields,
  ...issuedDocumentFields,
});

export const recordCcpAwardCommand = defineCommand({ type: 'RecordCcpAward', schema: recordCcpAwardDataSchema, decide: decideRecordCcpAward });

export const parseRecordCcpAward = recordCcpAwardCommand.parse;

/** A jury awarded CCPs without the title (minutes sealed): its region issues a new version of the livret; any other holds the CCPs. */
export type RecordCcpAward = TypedCommand<'RecordCcpAward', RecordCcpAwardData>;
