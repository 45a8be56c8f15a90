import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, compareCalendarDates, identifier, isCalendarDate, regionCode, singleLineText, type TypedCommand } from '@titrepro/domain-kernel';
import type { ExperienceCapacity } from '@titrepro/domain-rulebook';
import { EXPERIENCE_CAPACITIES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { decideRequestVaeAdmissibility } from './decide-request-vae-admissibility';

/** One period of the dossier de recevabilité, both ends inclusive. */
export interface DeclaredExperiencePeriod {
  readonly organisation: string;
  readonly role: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Only `employee` (salarié) and `volunteer` (bénévole) count under the seed. */
  readonly capacity: ExperienceCapacity;
  readonly relatedToTitle: boolean;
}

export interface RequestVaeAdmissibilityData {
  readonly candidateId: string;
  readonly actingRegion: string;
  readonly pathwayId: string;
  readonly experiencePeriods: readonly DeclaredExperiencePeriod[];
}

const period = z
  .strictObject({
    organisation: singleLineText(200),
    role: singleLineText(200),
    start: calendarDateIn(DATE_RANGES.experience),
    end: calendarDateIn(DATE_RANGES.experience),
    capacity: z.enum(EXPERIENCE_CAPACITIES),
    relatedToTitle: z.boolean(),
  })
  .superRefine((value, context) => {
    // zod still runs refinements after a refine() failed on a field (only type errors skip them).
    if (isCalendarDate(value.start) && isCalendarDate(value.end) && compareCalendarDates(value.end, value.start) < 0) {
      context.addIssue({ code: 'custom', path: ['end'], message: `must not be before start (${value.start})` });
    }
  });

/** The data of RequestVaeAdmissibility as a request sends it. Dates after the request day are the decider's to refuse. */
export const requestVaeAdmissibilityDataSchema: z.ZodType<RequestVaeAdmissibilityData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
  experiencePeriods: z.array(period).min(1, { message: 'must hold at least one period' }).max(100),
});

/** Checks a dossier de recevabilité at the edge; a refusal names the first wrong field. */
export const requestVaeAdmissibilityCommand = defineCommand({ type: 'RequestVaeAdmissibility', schema: requestVaeAdmissibilityDataSchema, decide: decideRequestVaeAdmissibility });

export const parseRequestVaeAdmissibility = requestVaeAdmissibilityCommand.parse;

/** The candidate files a dossier de recevabilité on a VAE pathway. */
export type RequestVaeAdmissibility = TypedCommand<'RequestVaeAdmissibility', RequestVaeAdmissibilityData>;
