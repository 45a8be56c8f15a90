import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A jury announced that the candidate's window for a title closed (CapitalisationWindowClosed); not announced again from here. */
export type CapitalisationWindowClosureRecorded = DomainEvent<
  'CapitalisationWindowClosureRecorded',
  ConsumedFact & { readonly titleCode: string; readonly windowStart: CalendarDate; readonly windowEnd: CalendarDate }
>;

/** CapitalisationWindowClosureRecorded as stored, version 1. */
export const capitalisationWindowClosureRecordedDescriptor = defineEvent<CapitalisationWindowClosureRecorded>({
  type: 'CapitalisationWindowClosureRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedFactCommon, titleCode: z.string(), windowStart: calendarDate, windowEnd: calendarDate }),
  describe: ({ candidateId, titleCode, windowStart, windowEnd, source }) => ({
    fr: `Délai de capitalisation du titre ${titleCode} du candidat ${candidateId} (${windowStart} – ${windowEnd}) clos, annoncé par la région ${source.region}`,
    en: `Capitalisation window of title ${titleCode} for candidate ${candidateId} (${windowStart} – ${windowEnd}) closed, announced by region ${source.region}`,
  }),
});
