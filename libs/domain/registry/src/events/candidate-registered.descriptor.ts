import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { CANDIDATE_IDENTITY_FIELDS, candidateIdentityFields } from './candidate-identity.schema';
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
    ...candidateIdentityFields,
  }),
  personal: { subject: (data) => data.candidateId, fields: CANDIDATE_IDENTITY_FIELDS },
  describe: ({ region, registeredOn }) => ({
    fr: `Inscription par l'unité territoriale de la région ${region} le ${registeredOn}`,
    en: `Registered by the office of region ${region} on ${registeredOn}`,
  }),
});
