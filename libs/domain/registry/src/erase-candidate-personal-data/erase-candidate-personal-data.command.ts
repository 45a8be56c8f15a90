import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

export interface EraseCandidatePersonalDataData {
  readonly candidateId: string;
  readonly actingRegion: string;
}

/** The data of EraseCandidatePersonalData as a request sends it. */
export const eraseCandidatePersonalDataDataSchema: z.ZodType<EraseCandidatePersonalDataData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
});

/** Checks an erasure request at the edge; a refusal names the first wrong field. */
export const parseEraseCandidatePersonalData = commandParser('EraseCandidatePersonalData', eraseCandidatePersonalDataDataSchema);

/** The candidate exercises their right to erasure. */
export type EraseCandidatePersonalData = ParsedCommand<typeof parseEraseCandidatePersonalData>;
