import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { someCcpCodes } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, issuingRegionFields, type AwardData, type IssuedDocumentData, type IssuingRegionData } from '../shared/input-schemas';
import { decideRecordTitleAward } from './decide-record-title-award';

export interface RecordTitleAwardData extends AwardData, IssuingRegionData, IssuedDocumentData {
  /** The title's CCPs, all held with the title. */
  readonly ccpCodes: readonly string[];
}

/** The data of RecordTitleAward, from a jury's TitleAwarded (any region's). */
export const recordTitleAwardDataSchema: z.ZodType<RecordTitleAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccpCodes: someCcpCodes,
  ...issuingRegionFields,
  ...issuedDocumentFields,
});

export const recordTitleAwardCommand = defineCommand({ type: 'RecordTitleAward', schema: recordTitleAwardDataSchema, decide: decideRecordTitleAward });

export const parseRecordTitleAward = recordTitleAwardCommand.parse;

/** A jury awarded the title (minutes sealed): its region issues the parchemin; any other holds the title's CCPs. */
export type RecordTitleAward = TypedCommand<'RecordTitleAward', RecordTitleAwardData>;
