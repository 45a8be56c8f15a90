import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

export interface TransferRegionData {
  readonly candidateId: string;
  /** The candidate's current region, handing the file over. */
  readonly actingRegion: string;
  readonly toRegion: string;
}

/** The data of TransferRegion as a request sends it. */
export const transferRegionDataSchema: z.ZodType<TransferRegionData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  toRegion: regionCode,
});

/** Checks a transfer at the edge; a refusal names the first wrong field. */
export const parseTransferRegion = commandParser('TransferRegion', transferRegionDataSchema);

/** The candidate moves to another region, whose office acts for them from then on. */
export type TransferRegion = ParsedCommand<typeof parseTransferRegion>;
