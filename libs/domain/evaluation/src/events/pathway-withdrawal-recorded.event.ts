import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The registry withdrew a pathway (its PathwayWithdrawn): nothing more is evaluated on it. */
export type PathwayWithdrawalRecorded = DomainEvent<
  'PathwayWithdrawalRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly recordedOn: CalendarDate;
  }
>;

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
