import type { CalendarDate } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateContact } from '../events/candidate-registered.event';
import { calendarDate, identifier, regionCode, text } from '../shared/input-schemas';

export interface RegisterCandidateData {
  readonly candidateId: string;
  /** The registering office's region, which then acts for the candidate. */
  readonly region: string;
  readonly familyName: string;
  readonly givenNames: readonly string[];
  readonly birthDate: CalendarDate;
  /** At least one of email, phone, postal address. */
  readonly contact: CandidateContact;
}

/** A regional office registers a candidate. */
export interface RegisterCandidate {
  readonly type: 'RegisterCandidate';
  readonly data: RegisterCandidateData;
}

export const registerCandidateDataSchema: z.ZodType<RegisterCandidateData> = z.strictObject({
  candidateId: identifier,
  region: regionCode,
  familyName: text(200),
  givenNames: z.array(text(100)).min(1, { message: 'must hold at least one given name' }).max(10),
  birthDate: calendarDate,
  contact: z
    .strictObject({
      email: z.email({ message: 'must be an email address' }).optional(),
      phone: z.string().regex(/^\+?[0-9 .-]{6,20}$/, { message: 'must be a phone number' }).optional(),
      postalAddress: text(500).optional(),
    })
    .refine((contact) => contact.email !== undefined || contact.phone !== undefined || contact.postalAddress !== undefined, {
      message: 'must give an email, a phone or a postal address',
    }),
});
