import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A VAE candidate filed a dossier de recevabilité: from 2024 VAE-ADMISSIBILITY counts the office's silence from that day. */
export type AdmissibilityRequestRecorded = DomainEvent<
  'AdmissibilityRequestRecorded',
  ConsumedFact & {
    /** The VAE pathway it is about, as the file resolved it. */
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly requestedOn: CalendarDate;
  }
>;

/** AdmissibilityRequestRecorded as stored, version 1. */
export const admissibilityRequestRecordedDescriptor = defineEvent<AdmissibilityRequestRecorded>({
  type: 'AdmissibilityRequestRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    pathwayId: z.string(),
    titleCode: z.string(),
    requestedOn: calendarDate,
  }),
  describe: ({ pathwayId, titleCode, requestedOn, recordedOn }) => ({
    fr: `Dossier de recevabilité du parcours VAE ${pathwayId} (${titleCode}) déposé le ${requestedOn}, pris en compte le ${recordedOn}`,
    en: `Admissibility dossier of VAE pathway ${pathwayId} (${titleCode}) filed on ${requestedOn}, recorded on ${recordedOn}`,
  }),
});
