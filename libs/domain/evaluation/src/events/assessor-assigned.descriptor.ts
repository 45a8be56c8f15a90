import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedAssessorKind, storedScope } from '../shared/stored-schemas';
import type { AssessorAssigned } from './assessor-assigned.event';
import { ASSESSOR_KIND_LABELS, scopeLabel } from '../shared/labels';

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
