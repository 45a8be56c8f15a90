import type { CandidateState, PathwayState } from './candidate.state';
import type { CandidateEvent } from './events/candidate-event';

const updatePathway = (state: CandidateState, pathwayId: string, update: (pathway: PathwayState) => PathwayState): CandidateState =>
  state.status === 'unregistered'
    ? state
    : { ...state, pathways: state.pathways.map((pathway) => (pathway.pathwayId === pathwayId ? update(pathway) : pathway)) };

/** Folds one event into the candidate's state. Events of an unexpected state leave it unchanged: history is never refused. */
export const evolveCandidate = (state: CandidateState, event: CandidateEvent): CandidateState => {
  switch (event.type) {
    case 'CandidateRegistered':
      return {
        status: 'registered',
        candidateId: event.data.candidateId,
        region: event.data.region,
        registeredOn: event.data.registeredOn,
        pathways: [],
      };
    case 'PathwayOpened':
      if (state.status === 'unregistered') return state;
      return {
        ...state,
        pathways: [
          ...state.pathways,
          {
            pathwayId: event.data.pathwayId,
            titleCode: event.data.titleCode,
            type: event.data.pathwayType,
            status: 'open',
            openedOn: event.data.openedOn,
            withdrawnOn: null,
            vaeAdmissibility: { status: 'not-requested' },
          },
        ],
      };
    case 'VaeAdmissibilityRequested':
      return updatePathway(state, event.data.pathwayId, (pathway) => ({
        ...pathway,
        vaeAdmissibility: { status: 'requested', requestedOn: event.data.requestedOn, periods: event.data.experiencePeriods },
      }));
    case 'VaeAdmissibilityDecided':
      return updatePathway(state, event.data.pathwayId, (pathway) =>
        pathway.vaeAdmissibility.status === 'not-requested'
          ? pathway
          : {
              ...pathway,
              vaeAdmissibility: {
                status: 'decided',
                requestedOn: pathway.vaeAdmissibility.requestedOn,
                periods: pathway.vaeAdmissibility.periods,
                outcome: event.data.outcome,
                decidedOn: event.data.decidedOn,
                experienceMonths: event.data.experienceMonths,
              },
            },
      );
    case 'PathwayWithdrawn':
      return updatePathway(state, event.data.pathwayId, (pathway) => ({ ...pathway, status: 'withdrawn', withdrawnOn: event.data.withdrawnOn }));
    case 'CandidateTransferred':
      return state.status === 'unregistered' ? state : { ...state, region: event.data.toRegion };
    case 'CandidatePersonalDataErased':
      return state.status === 'unregistered' ? state : { ...state, status: 'erased', erasedOn: event.data.erasedOn };
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
