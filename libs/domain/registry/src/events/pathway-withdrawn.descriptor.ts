import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { PathwayWithdrawn } from './pathway-withdrawn.event';

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
