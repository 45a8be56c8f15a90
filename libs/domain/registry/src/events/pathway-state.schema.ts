import { calendarDate } from '@titrepro/domain-kernel';
import { EXPERIENCE_CAPACITIES, PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';

export const experiencePeriodSchema = z.strictObject({
  start: calendarDate,
  end: calendarDate,
  capacity: z.enum(EXPERIENCE_CAPACITIES),
  relatedToTitle: z.boolean(),
});

const vaeAdmissibilityStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not-requested') }),
  z.strictObject({ status: z.literal('requested'), requestedOn: calendarDate, periods: z.array(experiencePeriodSchema) }),
  z.strictObject({
    status: z.literal('decided'),
    requestedOn: calendarDate,
    periods: z.array(experiencePeriodSchema),
    outcome: z.enum(['admissible', 'not-admissible']),
    decidedOn: calendarDate,
    experienceMonths: z.number().int().nonnegative(),
  }),
]);

/** A pathway as a candidate's state holds it: what a receiving region takes over with the file. */
export const pathwayStateSchema = z.strictObject({
  pathwayId: z.string(),
  titleCode: z.string(),
  type: z.enum(PATHWAY_TYPES),
  status: z.enum(['open', 'withdrawn']),
  openedOn: calendarDate,
  withdrawnOn: calendarDate.nullable(),
  vaeAdmissibility: vaeAdmissibilityStateSchema,
});
