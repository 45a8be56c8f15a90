import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The candidate left a pathway; another may be opened for the same title. */
export type PathwayWithdrawn = DomainEvent<
  'PathwayWithdrawn',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly withdrawnOn: CalendarDate;
  }
>;

/** PathwayWithdrawn as stored, version 1. */
export const pathwayWithdrawnDescriptor = defineEvent<PathwayWithdrawn>({
  type: 'PathwayWithdrawn',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), pathwayId: z.string(), titleCode: z.string(), withdrawnOn: calendarDate }),
  describe: ({ pathwayId, titleCode, withdrawnOn }) => ({
    fr: `Abandon du parcours ${pathwayId} (${titleCode}) le ${withdrawnOn}`,
    en: `Withdrew from pathway ${pathwayId} (${titleCode}) on ${withdrawnOn}`,
  }),
});
