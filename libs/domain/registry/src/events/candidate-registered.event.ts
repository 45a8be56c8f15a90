import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { CANDIDATE_IDENTITY_FIELDS, candidateIdentityFields } from './candidate-identity.schema';

/** How to reach the candidate. */
export interface CandidateContact {
  readonly email?: string;
  readonly phone?: string;
  readonly postalAddress?: string;
}

/**
 * A regional office registered a candidate. `familyName`, `givenNames`, `birthDate` and `contact`
 * are personal data: the event store seals them under the candidate's key, and they read as
 * REDACTED once the candidate is erased.
 */
export type CandidateRegistered = DomainEvent<
  'CandidateRegistered',
  {
    readonly candidateId: string;
    readonly region: string;
    readonly registeredOn: CalendarDate;
  } & CandidateIdentity
>;

/** Who the candidate is: personal data, sealed under the candidate's key wherever an event carries it. */
export interface CandidateIdentity {
  readonly familyName: Personal<string>;
  readonly givenNames: Personal<readonly string[]>;
  readonly birthDate: Personal<CalendarDate>;
  readonly contact: Personal<CandidateContact>;
}

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
