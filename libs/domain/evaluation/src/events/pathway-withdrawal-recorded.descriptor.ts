import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { PathwayWithdrawalRecorded } from './pathway-withdrawal-recorded.event';

/** PathwayWithdrawalRecorded as stored, version 1. */
export const pathwayWithdrawalRecordedDescriptor = defineEvent<PathwayWithdrawalRecorded>({
  type: 'PathwayWithdrawalRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), pathwayId: z.string(), titleCode: z.string(), recordedOn: calendarDate }),
  describe: ({ pathwayId, titleCode, recordedOn }) => ({
    fr: `Abandon du parcours ${pathwayId} (${titleCode}) pris en compte le ${recordedOn}`,
    en: `Withdrawal from pathway ${pathwayId} (${titleCode}) recorded on ${recordedOn}`,
  }),
});
