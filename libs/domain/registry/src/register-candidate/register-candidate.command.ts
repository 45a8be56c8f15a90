import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, regionCode, singleLineText, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateContact } from '../events/candidate-registered.event';
import { decideRegisterCandidate } from './decide-register-candidate';

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

/** The data of RegisterCandidate as a request sends it: names trimmed, plain text only. */
export const registerCandidateDataSchema: z.ZodType<RegisterCandidateData, unknown> = z.strictObject({
  candidateId: identifier,
  region: regionCode,
  familyName: singleLineText(200),
  givenNames: z.array(singleLineText(100)).min(1, { message: 'must hold at least one given name' }).max(10),
  birthDate: calendarDateIn(DATE_RANGES.birthDate),
  contact: z
    .strictObject({
      email: z.email({ message: 'must be an email address' }).optional(),
      phone: z.string().regex(/^\+?[0-9 .-]{6,20}$/, { message: 'must be a phone number' }).optional(),
      postalAddress: singleLineText(500).optional(),
    })
    .refine((contact) => contact.email !== undefined || contact.phone !== undefined || contact.postalAddress !== undefined, {
      message: 'must give an email, a phone or a postal address',
    }),
});

/** Checks a registration at the edge; a refusal names the first wrong field. */
export const registerCandidateCommand = defineCommand({ type: 'RegisterCandidate', schema: registerCandidateDataSchema, decide: decideRegisterCandidate });

export const parseRegisterCandidate = registerCandidateCommand.parse;

/** A regional office registers a candidate. */
export type RegisterCandidate = TypedCommand<'RegisterCandidate', RegisterCandidateData>;
