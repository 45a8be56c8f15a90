import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideRecordPathwayWithdrawal } from './decide-record-pathway-withdrawal';

export interface RecordPathwayWithdrawalData {
  readonly candidateId: string;
  readonly pathwayId: string;
}

/** The data of RecordPathwayWithdrawal, as the registry's PathwayWithdrawn gives it. */
export const recordPathwayWithdrawalDataSchema: z.ZodType<RecordPathwayWithdrawalData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
});

export const recordPathwayWithdrawalCommand = defineCommand({ type: 'RecordPathwayWithdrawal', schema: recordPathwayWithdrawalDataSchema, decide: decideRecordPathwayWithdrawal });

export const parseRecordPathwayWithdrawal = recordPathwayWithdrawalCommand.parse;

/** The registry withdrew a pathway: its evaluation stops. */
export type RecordPathwayWithdrawal = TypedCommand<'RecordPathwayWithdrawal', RecordPathwayWithdrawalData>;
