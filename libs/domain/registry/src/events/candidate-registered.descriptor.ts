import { calendarDate, defineEvent, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateRegistered } from './candidate-registered.event';

/** CandidateRegistered as stored, version 1. */
export const candidateRegisteredDescriptor = defineEvent<CandidateRegistered>({
  type: 'CandidateRegistered',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    region: z.string(),
    registeredOn: calendarDate,
    familyName: personal(z.string()),
    givenNames: personal(z.array(z.string())),
    birthDate: personal(calendarDate),
    contact: personal(z.strictObject({ email: z.string().optional(), phone: z.string().optional(), postalAddress: z.string().optional() })),
  }),
  personal: { subject: (data) => data.candidateId, fields: ['familyName', 'givenNames', 'birthDate', 'contact'] },
  describe: ({ region, registeredOn }) => ({
    fr: `Inscription par l'unité territoriale de la région ${region} le ${registeredOn}`,
    en: `Registered by the office of region ${region} on ${registeredOn}`,
  }),
});
