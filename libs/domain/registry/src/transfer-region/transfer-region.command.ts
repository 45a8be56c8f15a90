import { z } from 'zod';
import { identifier, regionCode } from '../shared/input-schemas';

export interface TransferRegionData {
  readonly candidateId: string;
  /** The candidate's current region, handing the file over. */
  readonly actingRegion: string;
  readonly toRegion: string;
}

/** The candidate moves to another region, whose office acts for them from then on. */
export interface TransferRegion {
  readonly type: 'TransferRegion';
  readonly data: TransferRegionData;
}

export const transferRegionDataSchema: z.ZodType<TransferRegionData> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  toRegion: regionCode,
});
