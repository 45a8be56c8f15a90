import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { AdmissibilityRecorded } from './admissibility-recorded.event';

const OUTCOME_LABELS = {
  admissible: { fr: 'recevable', en: 'admissible' },
  'not-admissible': { fr: 'non recevable', en: 'not admissible' },
} as const;

/** AdmissibilityRecorded as stored, version 1. */
export const admissibilityRecordedDescriptor = defineEvent<AdmissibilityRecorded>({
  type: 'AdmissibilityRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    pathwayId: z.string(),
    titleCode: z.string(),
    outcome: z.enum(['admissible', 'not-admissible']),
    decidedOn: calendarDate,
  }),
  describe: ({ pathwayId, titleCode, outcome, decidedOn, recordedOn }) => ({
    fr: `Parcours VAE ${pathwayId} (${titleCode}) déclaré ${OUTCOME_LABELS[outcome].fr} le ${decidedOn}, pris en compte le ${recordedOn}`,
    en: `VAE pathway ${pathwayId} (${titleCode}) declared ${OUTCOME_LABELS[outcome].en} on ${decidedOn}, recorded on ${recordedOn}`,
  }),
});
