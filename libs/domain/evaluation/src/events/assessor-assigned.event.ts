import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorKind, AssignmentScope } from '../shared/assessor-facts';
import { ASSESSOR_KIND_LABELS, scopeLabel } from '../shared/labels';
import { storedAssessorKind, storedScope } from '../shared/stored-schemas';

/** The regional office assigned an assessor to one piece of a candidate's evaluation. */
export type AssessorAssigned = DomainEvent<
  'AssessorAssigned',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly assignmentId: string;
    readonly scope: AssignmentScope;
    readonly assessorId: string;
    readonly assessorKind: AssessorKind;
    /** The office that assigned (the pathway's, and the assessor's). */
    readonly region: string;
    readonly assignedOn: CalendarDate;
  }
>;

/** AssessorAssigned as stored, version 1. */
export const assessorAssignedDescriptor = defineEvent<AssessorAssigned>({
  type: 'AssessorAssigned',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    assignmentId: z.string(),
    scope: storedScope,
    assessorId: z.string(),
    assessorKind: storedAssessorKind,
    region: z.string(),
    assignedOn: calendarDate,
  }),
  describe: ({ pathwayId, scope, assessorId, assessorKind, region, assignedOn }) => {
    const what = scopeLabel(scope);
    const kind = ASSESSOR_KIND_LABELS[assessorKind];
    return {
      fr: `Évaluateur ${assessorId} (${kind.fr}) affecté par la région ${region} le ${assignedOn} : ${what.fr}, parcours ${pathwayId}`,
      en: `Assessor ${assessorId} (${kind.en}) assigned by region ${region} on ${assignedOn}: ${what.en}, pathway ${pathwayId}`,
    };
  },
});
