import { revealed } from '@titrepro/domain-kernel';
import { ASSESSOR_STREAM_CATEGORY, assessorEvents, EVALUATION_STREAM_CATEGORY, evaluationEvents } from '@titrepro/domain-evaluation';
import { defineProjection } from '@titrepro/service-kit';
import { AssessorSummary } from './assessor-summary.entity';
import { Assignment } from './assignment.entity';
import { EvidenceStatus } from './evidence-status.entity';

/** The officers' list of assessors (names in clear, from the assessor's sealed event). */
export const assessorReadModels = defineProjection({
  name: 'assessor-read-models',
  category: ASSESSOR_STREAM_CATEGORY,
  events: assessorEvents,
  tables: ['assessor_summary'],
  apply: async (manager, event, recorded) => {
    if (event.type !== 'AssessorRegistered') return;
    const { assessorId, region, kind, specialtyTitleCode, qualifiedTitleCodes, familyName, givenNames } = event.data;
    const names = revealed(givenNames);
    await manager.upsert(
      AssessorSummary,
      {
        assessorId,
        region,
        kind,
        specialtyTitleCode,
        qualifiedTitleCodes: [...qualifiedTitleCodes],
        familyName: revealed(familyName),
        givenNames: names ? names.join(' ') : null,
        updatedPosition: String(recorded.globalPosition),
      },
      ['assessorId'],
    );
  },
});

/** Per candidate and pathway, the evidence present and missing; and the assessors' work lists. */
export const evidenceReadModels = defineProjection({
  name: 'evidence-read-models',
  category: EVALUATION_STREAM_CATEGORY,
  events: evaluationEvents,
  tables: ['evidence_status', 'assignment'],
  apply: async (manager, event, recorded) => {
    switch (event.type) {
      case 'AssessorAssigned': {
        const { assignmentId, candidateId, pathwayId, assessorId, scope } = event.data;
        await manager.upsert(Assignment, { assignmentId, candidateId, pathwayId, assessorId, scope: { ...scope } }, ['assignmentId']);
        return;
      }
      case 'EvidenceCompletenessChanged': {
        const { candidateId, pathwayId, titleCode, pathwayType, rulebookId, ruleIds, complete, present, missing } = event.data;
        await manager.upsert(
          EvidenceStatus,
          { candidateId, pathwayId, titleCode, pathwayType, rulebookId, ruleIds: [...ruleIds], complete, present: [...present], missing: [...missing], updatedPosition: String(recorded.globalPosition) },
          ['candidateId', 'pathwayId'],
        );
        return;
      }
      default:
        return;
    }
  },
});
