import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** The evaluation service's current list of the candidate's trainers (CandidateTrainersChanged): none may judge them. */
export type TrainersRecorded = DomainEvent<'TrainersRecorded', ConsumedFact & { readonly trainerIds: readonly string[] }>;

/** TrainersRecorded as stored, version 1. */
export const trainersRecordedDescriptor = defineEvent<TrainersRecorded>({
  type: 'TrainersRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedFactCommon, trainerIds: z.array(z.string()) }),
  describe: ({ candidateId, trainerIds, recordedOn }) => ({
    fr: `Formateurs du candidat ${candidateId} : ${trainerIds.join(', ') || 'aucun'}, pris en compte le ${recordedOn}`,
    en: `Trainers of candidate ${candidateId}: ${trainerIds.join(', ') || 'none'}, recorded on ${recordedOn}`,
  }),
});
