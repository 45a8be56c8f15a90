import { commandParser, identifier, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';

export interface RecordPathwayWithdrawalData extends ConsumedFactData {
  readonly pathwayId: string;
}

/** The data of RecordPathwayWithdrawal, from a registry's PathwayWithdrawn. */
export const recordPathwayWithdrawalDataSchema: z.ZodType<RecordPathwayWithdrawalData, unknown> = z.strictObject({ ...consumedFactFields, pathwayId: identifier });

export const parseRecordPathwayWithdrawal = commandParser('RecordPathwayWithdrawal', recordPathwayWithdrawalDataSchema);

/** The candidate withdrew from a pathway: no session convenes them on it any more. */
export type RecordPathwayWithdrawal = ParsedCommand<typeof parseRecordPathwayWithdrawal>;
