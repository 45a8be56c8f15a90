import { revealed, summaryOf } from '@titrepro/domain-kernel';
import { ASSESSOR_STREAM_CATEGORY, assessorEvents, EVALUATION_STREAM_CATEGORY, evaluationEvents } from '@titrepro/domain-evaluation';
import { defineRowProjection, readModelTable } from '@titrepro/service-kit';
import { AssessorSummary } from './assessor-summary.entity';
import { Assignment } from './assignment.entity';
import { EvidenceStatus } from './evidence-status.entity';

/** The officers' list of assessors (names in clear, from the assessor's sealed event). */
export const assessorReadModels = defineRowProjection({
  name: 'assessor-read-models',
  category: ASSESSOR_STREAM_CATEGORY,
  events: assessorEvents,
  tables: { assessors: readModelTable(AssessorSummary, 'assessorId') },
  scope: (event) => event.data.assessorId,
  apply: (rows, event, recorded) => {
    if (event.type !== 'AssessorRegistered') return;
    const { assessorId, region, kind, specialtyTitleCode, qualifiedTitleCodes, familyName, givenNames } = event.data;
    const names = revealed(givenNames);
    rows.assessors.put({
      assessorId,
      region,
      kind,
      specialtyTitleCode,
      qualifiedTitleCodes: [...qualifiedTitleCodes],
      familyName: revealed(familyName),
      givenNames: names ? names.join(' ') : null,
      updatedPosition: String(recorded.globalPosition),
    });
  },
});

/** Per candidate and pathway, the evidence present and missing; and the assessors' work lists. */
export const evidenceReadModels = defineRowProjection({
  name: 'evidence-read-models',
  category: EVALUATION_STREAM_CATEGORY,
  events: evaluationEvents,
  // An assignment is found by its own id (assignments are listed by assessor, not by candidate).
  tables: { evidence: readModelTable(EvidenceStatus, 'candidateId'), assignments: readModelTable(Assignment, 'assignmentId') },
  scope: (event) => (event.type === 'AssessorAssigned' ? { assignments: event.data.assignmentId } : event.type === 'EvidenceCompletenessChanged' ? { evidence: event.data.candidateId } : undefined),
  apply: (rows, event, recorded) => {
    switch (event.type) {
      case 'AssessorAssigned': {
        const { assignmentId, candidateId, pathwayId, assessorId, scope } = event.data;
        rows.assignments.put({ assignmentId, candidateId, pathwayId, assessorId, scope: { ...scope } });
        return;
      }
      case 'EvidenceCompletenessChanged': {
        const { candidateId, pathwayId, titleCode, pathwayType, trace, complete, present, missing } = event.data;
        const { rulebookId, ruleIds } = summaryOf(trace);
        rows.evidence.put({
          candidateId,
          pathwayId,
          titleCode,
          pathwayType,
          rulebookId,
          ruleIds: [...ruleIds],
          complete,
          present: [...present],
          missing: [...missing],
          updatedPosition: String(recorded.globalPosition),
        });
        return;
      }
      default:
        return;
    }
  },
});
