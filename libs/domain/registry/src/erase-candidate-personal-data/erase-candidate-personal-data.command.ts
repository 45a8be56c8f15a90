import { z } from 'zod';
import { identifier, regionCode } from '../shared/input-schemas';

export interface EraseCandidatePersonalDataData {
  readonly candidateId: string;
  readonly actingRegion: string;
}

/** The candidate exercises their right to erasure. */
export interface EraseCandidatePersonalData {
  readonly type: 'EraseCandidatePersonalData';
  readonly data: EraseCandidatePersonalDataData;
}

export const eraseCandidatePersonalDataDataSchema: z.ZodType<EraseCandidatePersonalDataData> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
});
