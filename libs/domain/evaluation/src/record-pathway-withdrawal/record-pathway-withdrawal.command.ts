import { commandParser, identifier, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

export interface RecordPathwayWithdrawalData {
  readonly candidateId: string;
  readonly pathwayId: string;
}

/** The data of RecordPathwayWithdrawal, as the registry's PathwayWithdrawn gives it. */
export const recordPathwayWithdrawalDataSchema: z.ZodType<RecordPathwayWithdrawalData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
});

export const parseRecordPathwayWithdrawal = commandParser('RecordPathwayWithdrawal', recordPathwayWithdrawalDataSchema);

/** The registry withdrew a pathway: its evaluation stops. */
export type RecordPathwayWithdrawal = ParsedCommand<typeof parseRecordPathwayWithdrawal>;
