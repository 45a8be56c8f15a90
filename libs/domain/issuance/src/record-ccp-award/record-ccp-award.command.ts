import { commandParser, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { someCcpCodes } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, type AwardData, type IssuedDocumentData } from '../shared/input-schemas';

export interface RecordCcpAwardData extends AwardData, IssuedDocumentData {
  /** The CCPs awarded without the title. */
  readonly ccpCodes: readonly string[];
}

/** The data of RecordCcpAward, from a jury's CcpAwarded (any region's). */
export const recordCcpAwardDataSchema: z.ZodType<RecordCcpAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccpCodes: someCcpCodes,
  ...issuedDocumentFields,
});

export const parseRecordCcpAward = commandParser('RecordCcpAward', recordCcpAwardDataSchema);

/** A jury awarded CCPs without the title (minutes sealed): a new version of the livret is issued. */
export type RecordCcpAward = ParsedCommand<typeof parseRecordCcpAward>;
