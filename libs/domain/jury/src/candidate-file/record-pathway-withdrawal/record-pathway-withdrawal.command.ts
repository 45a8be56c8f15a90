import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordPathwayWithdrawal } from './decide-record-pathway-withdrawal';

export interface RecordPathwayWithdrawalData extends ConsumedFactData {
  readonly pathwayId: string;
}

/** The data of RecordPathwayWithdrawal, from a registry's PathwayWithdrawn. */
export const recordPathwayWithdrawalDataSchema: z.ZodType<RecordPathwayWithdrawalData, unknown> = z.strictObject({ ...consumedFactFields, pathwayId: identifier });

export const recordPathwayWithdrawalCommand = defineCommand({ type: 'RecordPathwayWithdrawal', schema: recordPathwayWithdrawalDataSchema, decide: decideRecordPathwayWithdrawal });

export const parseRecordPathwayWithdrawal = recordPathwayWithdrawalCommand.parse;

/** The candidate withdrew from a pathway: no session convenes them on it any more. */
export type RecordPathwayWithdrawal = TypedCommand<'RecordPathwayWithdrawal', RecordPathwayWithdrawalData>;
