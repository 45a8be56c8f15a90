import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A registry said which region holds the candidate's file (CandidateRegistered, or CandidateHandedOver's toRegion). */
export type CandidateHomeRecorded = DomainEvent<'CandidateHomeRecorded', ConsumedFact & { readonly region: string }>;

/** CandidateHomeRecorded as stored, version 1. */
export const candidateHomeRecordedDescriptor = defineEvent<CandidateHomeRecorded>({
  type: 'CandidateHomeRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedFactCommon, region: z.string() }),
  describe: ({ candidateId, region, source, recordedOn }) => ({
    fr: `Dossier du candidat ${candidateId} tenu par la région ${region} (selon la région ${source.region}), pris en compte le ${recordedOn}`,
    en: `File of candidate ${candidateId} held by region ${region} (per region ${source.region}), recorded on ${recordedOn}`,
  }),
});
