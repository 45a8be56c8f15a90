import { commandParser, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { someCcpCodes } from '../shared/code-schemas';
import { awardFields, issuedDocumentFields, type AwardData, type IssuedDocumentData } from '../shared/input-schemas';

export interface RecordTitleAwardData extends AwardData, IssuedDocumentData {
  /** The title's CCPs, all held with the title. */
  readonly ccpCodes: readonly string[];
}

/** The data of RecordTitleAward, from a jury's TitleAwarded (any region's). */
export const recordTitleAwardDataSchema: z.ZodType<RecordTitleAwardData, unknown> = z.strictObject({
  ...awardFields,
  ccpCodes: someCcpCodes,
  ...issuedDocumentFields,
});

export const parseRecordTitleAward = commandParser('RecordTitleAward', recordTitleAwardDataSchema);

/** A jury awarded the title (minutes sealed): the parchemin is issued. */
export type RecordTitleAward = ParsedCommand<typeof parseRecordTitleAward>;
