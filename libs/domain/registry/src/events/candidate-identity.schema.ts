import { calendarDate, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The stored schema of a CandidateIdentity's fields, as CandidateRegistered and CandidateFileReceived carry them. */
export const candidateIdentityFields = {
  familyName: personal(z.string()),
  givenNames: personal(z.array(z.string())),
  birthDate: personal(calendarDate),
  contact: personal(z.strictObject({ email: z.string().optional(), phone: z.string().optional(), postalAddress: z.string().optional() })),
};

/** Their names: the personal fields of those events, sealed under the candidate's key. */
export const CANDIDATE_IDENTITY_FIELDS = ['familyName', 'givenNames', 'birthDate', 'contact'] as const;
