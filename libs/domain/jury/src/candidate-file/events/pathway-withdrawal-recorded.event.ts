import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A registry recorded the candidate's withdrawal from a pathway: no session is convened on it any more. */
export type PathwayWithdrawalRecorded = DomainEvent<'PathwayWithdrawalRecorded', ConsumedFact & { readonly pathwayId: string; readonly titleCode: string }>;

/** PathwayWithdrawalRecorded as stored, version 1. */
export const pathwayWithdrawalRecordedDescriptor = defineEvent<PathwayWithdrawalRecorded>({
  type: 'PathwayWithdrawalRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedFactCommon, pathwayId: z.string(), titleCode: z.string() }),
  describe: ({ pathwayId, titleCode, recordedOn }) => ({
    fr: `Abandon du parcours ${pathwayId} (${titleCode}) pris en compte pour le jury le ${recordedOn}`,
    en: `Withdrawal from pathway ${pathwayId} (${titleCode}) recorded for the jury on ${recordedOn}`,
  }),
});
