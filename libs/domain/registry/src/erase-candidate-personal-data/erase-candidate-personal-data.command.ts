import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideEraseCandidatePersonalData } from './decide-erase-candidate-personal-data';

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
export const eraseCandidatePersonalDataCommand = defineCommand({ type: 'EraseCandidatePersonalData', schema: eraseCandidatePersonalDataDataSchema, decide: decideEraseCandidatePersonalData });

export const parseEraseCandidatePersonalData = eraseCandidatePersonalDataCommand.parse;

/** The candidate exercises their right to erasure. */
export type EraseCandidatePersonalData = TypedCommand<'EraseCandidatePersonalData', EraseCandidatePersonalDataData>;
