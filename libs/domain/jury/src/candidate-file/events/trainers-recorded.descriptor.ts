import { defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { TrainersRecorded } from './trainers-recorded.event';

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
