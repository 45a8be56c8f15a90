import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideWithdrawPathway } from './decide-withdraw-pathway';

export interface WithdrawPathwayData {
  readonly candidateId: string;
  readonly actingRegion: string;
  readonly pathwayId: string;
}

/** The data of WithdrawPathway as a request sends it. */
export const withdrawPathwayDataSchema: z.ZodType<WithdrawPathwayData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
});

/** Checks a withdrawal at the edge; a refusal names the first wrong field. */
export const withdrawPathwayCommand = defineCommand({ type: 'WithdrawPathway', schema: withdrawPathwayDataSchema, decide: decideWithdrawPathway });

export const parseWithdrawPathway = withdrawPathwayCommand.parse;

/** The candidate leaves an open pathway. */
export type WithdrawPathway = TypedCommand<'WithdrawPathway', WithdrawPathwayData>;
