import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

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
export const parseWithdrawPathway = commandParser('WithdrawPathway', withdrawPathwayDataSchema);

/** The candidate leaves an open pathway. */
export type WithdrawPathway = ParsedCommand<typeof parseWithdrawPathway>;
