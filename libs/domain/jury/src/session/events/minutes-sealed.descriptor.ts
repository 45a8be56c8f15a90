import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedOutcome, storedSessionKind } from '../shared/stored-schemas';
import type { MinutesSealed } from './minutes-sealed.event';

/** MinutesSealed as stored, version 1. */
export const minutesSealedDescriptor = defineEvent<MinutesSealed>({
  type: 'MinutesSealed',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    sessionKind: storedSessionKind,
    date: calendarDate,
    minutesHash: z.string(),
    members: z.array(z.string()),
    decisions: z.array(z.strictObject({ decisionId: z.string(), candidateId: z.string(), outcome: storedOutcome })),
    sealedBy: z.string(),
    sealedOn: calendarDate,
  }),
  describe: ({ sessionId, titleCode, date, minutesHash, decisions, sealedBy, sealedOn }) => ({
    fr: `Procès-verbal de la session ${sessionId} (${titleCode}, ${date}) scellé par ${sealedBy} le ${sealedOn} : ${decisions.length} décision(s), empreinte ${minutesHash.slice(0, 12)}`,
    en: `Minutes of session ${sessionId} (${titleCode}, ${date}) sealed by ${sealedBy} on ${sealedOn}: ${decisions.length} decision(s), hash ${minutesHash.slice(0, 12)}`,
  }),
});
