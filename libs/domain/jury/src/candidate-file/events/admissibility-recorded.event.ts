import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A regional office notified a VAE pathway's admissibility (notification de recevabilité): VAE-ADMISSIBILITY reads it. */
export type AdmissibilityRecorded = DomainEvent<
  'AdmissibilityRecorded',
  ConsumedFact & {
    /** The VAE pathway it is about, as the file resolved it. */
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly outcome: 'admissible' | 'not-admissible';
    readonly decidedOn: CalendarDate;
  }
>;

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
