import type { EvaluationState, PathwayEvaluation, PracticalAssessment } from './evaluation.state';
import type { EvaluationEvent } from './events/evaluation-event-catalogue';

const updatePathway = (state: EvaluationState, pathwayId: string, update: (pathway: PathwayEvaluation) => PathwayEvaluation): EvaluationState =>
  state.status === 'known' ? { ...state, pathways: state.pathways.map((pathway) => (pathway.pathwayId === pathwayId ? update(pathway) : pathway)) } : state;

const updateAssessment = (pathway: PathwayEvaluation, assessmentId: string, update: (assessment: PracticalAssessment) => PracticalAssessment): PathwayEvaluation => ({
  ...pathway,
  practicalAssessments: pathway.practicalAssessments.map((assessment) => (assessment.assessmentId === assessmentId ? update(assessment) : assessment)),
});

/** Folds one event into the candidate's evaluation. Events of an unexpected state leave it unchanged: history is never refused. */
export const evolveEvaluation = (state: EvaluationState, event: EvaluationEvent): EvaluationState => {
  switch (event.type) {
    case 'PathwayRecorded': {
      const { data } = event;
      const pathway: PathwayEvaluation = {
        pathwayId: data.pathwayId,
        titleCode: data.titleCode,
        type: data.pathwayType,
        region: data.region,
        status: 'open',
        recordedOn: data.recordedOn,
        withdrawnOn: null,
        assignments: [],
        trainingEvaluations: [],
        dspp: null,
        supersededDsppIds: [],
        practicalAssessments: [],
        ccpPairAssessments: [],
        publishedEvidence: null,
      };
      return state.status === 'known'
        ? { ...state, pathways: [...state.pathways, pathway] }
        : { status: 'known', candidateId: data.candidateId, pathways: [pathway], publishedTrainerIds: [] };
    }
    case 'HandoverRecorded':
      return state.status === 'known'
        ? {
            ...state,
            pathways: state.pathways.map((pathway) => (pathway.status === 'open' && pathway.region === event.data.fromRegion ? { ...pathway, region: event.data.toRegion } : pathway)),
          }
        : state;
    case 'PathwayWithdrawalRecorded':
      return updatePathway(state, event.data.pathwayId, (pathway) => ({ ...pathway, status: 'withdrawn', withdrawnOn: event.data.recordedOn }));
    case 'AssessorAssigned': {
      const { assignmentId, scope, assessorId, assessorKind, assignedOn } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        assignments: [...pathway.assignments, { assignmentId, scope, assessorId, assessorKind, assignedOn }],
      }));
    }
    case 'TrainingEvaluationRecorded': {
      const { ccpCode, result, evaluatedOn, assessorId } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        trainingEvaluations: [...pathway.trainingEvaluations, { ccpCode, result, evaluatedOn, assessorId }],
      }));
    }
    case 'DsppSubmitted': {
      const { submissionId, submittedOn, submittedBy, documents } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        dspp: { submissionId, submittedOn, submittedBy, documents },
        supersededDsppIds: pathway.dspp ? [...pathway.supersededDsppIds, pathway.dspp.submissionId] : pathway.supersededDsppIds,
      }));
    }
    case 'PracticalAssessmentScheduled': {
      const { assessmentId, target, scheduledOn } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        practicalAssessments: [...pathway.practicalAssessments, { status: 'scheduled', assessmentId, target, scheduledOn }],
      }));
    }
    case 'PracticalAssessmentRecorded': {
      const { heldOn, outcomes, assessorId, assessorKind } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) =>
        updateAssessment(pathway, event.data.assessmentId, (assessment) => ({ ...assessment, status: 'recorded', heldOn, outcomes, assessorId, assessorKind })),
      );
    }
    case 'CcpPairAssessmentRecorded': {
      const { ccpCode, assessedOn, outcome, assessors } = event.data;
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        ccpPairAssessments: [...pathway.ccpPairAssessments, { ccpCode, assessedOn, outcome, assessors }],
      }));
    }
    case 'EvidenceCompletenessChanged': {
      const { trace, complete, present, missing } = event.data;
      const publishedEvidence = { rulebookId: trace.rulebookId, complete, presentKeys: present.map((item) => item.key), missingKeys: missing.map((item) => item.key) };
      return updatePathway(state, event.data.pathwayId, (pathway) => ({ ...pathway, publishedEvidence }));
    }
    case 'CandidateTrainersChanged':
      return state.status === 'known' ? { ...state, publishedTrainerIds: event.data.trainerIds } : state;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown evaluation event ${JSON.stringify(unexpected)}`);
    }
  }
};
