import { z } from 'zod';
import { identifier, regionCode } from '../shared/input-schemas';

export interface WithdrawPathwayData {
  readonly candidateId: string;
  readonly actingRegion: string;
  readonly pathwayId: string;
}

/** The candidate leaves an open pathway. */
export interface WithdrawPathway {
  readonly type: 'WithdrawPathway';
  readonly data: WithdrawPathwayData;
}

export const withdrawPathwayDataSchema: z.ZodType<WithdrawPathwayData> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
});
