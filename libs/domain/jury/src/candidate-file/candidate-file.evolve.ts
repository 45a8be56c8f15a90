import { withAward, withoutDecision } from './awards/holdings';
import type { CandidateFileState } from './candidate-file.state';
import type { CandidateFileEvent } from './events/candidate-file-event-catalogue';

const withoutFact = <Data extends { readonly candidateId: string; readonly source: unknown; readonly recordedOn: unknown }>(data: Data) => {
  const { candidateId: _candidate, recordedOn: _recorded, ...rest } = data;
  return rest;
};

/** The fact's candidate and source id, kept so that the same consumed event decides nothing twice. */
const consumed = (state: CandidateFileState, event: CandidateFileEvent): CandidateFileState =>
  'source' in event.data
    ? { ...state, candidateId: event.data.candidateId, sourceEventIds: [...state.sourceEventIds, event.data.source.eventId] }
    : { ...state, candidateId: event.data.candidateId };

/** Folds one event into the file. Events about an unknown pathway leave it unchanged: history is never refused. */
export const evolveCandidateFile = (previous: CandidateFileState, event: CandidateFileEvent): CandidateFileState => {
  const state = consumed(previous, event);
  switch (event.type) {
    case 'CandidateHomeRecorded':
      return { ...state, homeRegion: event.data.region };
    case 'PathwayRecorded': {
      const { pathwayId, titleCode, pathwayType, region } = event.data;
      return { ...state, pathways: [...state.pathways, { pathwayId, titleCode, type: pathwayType, region, status: 'open' }] };
    }
    case 'PathwayWithdrawalRecorded':
      return {
        ...state,
        pathways: state.pathways.map((pathway) => (pathway.pathwayId === event.data.pathwayId ? { ...pathway, status: 'withdrawn' } : pathway)),
      };
    case 'AdmissibilityRequestRecorded': {
      const { pathwayId, requestedOn, source } = event.data;
      return { ...state, admissibilityRequests: [...state.admissibilityRequests, { pathwayId, requestedOn, source }] };
    }
    case 'AdmissibilityRecorded': {
      const { pathwayId, outcome, decidedOn, source } = event.data;
      return { ...state, admissibility: [...state.admissibility, { pathwayId, outcome, decidedOn, source }] };
    }
    case 'EvidenceStatusRecorded':
      return {
        ...state,
        evidenceStatus: [...state.evidenceStatus.filter((status) => status.pathwayId !== event.data.pathwayId), withoutFact(event.data)],
      };
    case 'EvidenceRecorded':
      return { ...state, evidenceRecords: [...state.evidenceRecords, withoutFact(event.data)] };
    case 'TrainersRecorded':
      return { ...state, trainerIds: event.data.trainerIds };
    case 'AwardRecorded':
      return { ...state, ...withAward(state, event.data), decisionIds: [...state.decisionIds, event.data.decisionId] };
    case 'AwardRectified': {
      const decisionIds = state.decisionIds.includes(event.data.decisionId) ? state.decisionIds : [...state.decisionIds, event.data.decisionId];
      return { ...state, ...withAward(withoutDecision(state, event.data.decisionId), event.data), decisionIds };
    }
    case 'CapitalisationWindowClosureRecorded':
    case 'CapitalisationWindowClosed': {
      const { titleCode, windowStart, windowEnd } = event.data;
      return { ...state, capitalisationWindowsClosed: [...state.capitalisationWindowsClosed, { titleCode, windowStart, windowEnd }] };
    }
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate file event ${JSON.stringify(unexpected)}`);
    }
  }
};
