import type { CandidateState, IncomingFile, KnownCandidate, PathwayState } from './candidate.state';
import type { CandidateEvent } from './events/candidate-event-catalogue';

const isKnown = (state: CandidateState): state is Extract<CandidateState, KnownCandidate> => 'pathways' in state;

const updatePathway = (state: CandidateState, pathwayId: string, update: (pathway: PathwayState) => PathwayState): CandidateState =>
  isKnown(state) ? { ...state, pathways: state.pathways.map((pathway) => (pathway.pathwayId === pathwayId ? update(pathway) : pathway)) } : state;

const incoming = (data: { candidateId: string; fromRegion: string; toRegion: string; requestedOn: string }): IncomingFile => ({
  candidateId: data.candidateId,
  fromRegion: data.fromRegion,
  toRegion: data.toRegion,
  requestedOn: data.requestedOn,
});

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
        outgoingTransfer: null,
      };
    case 'PathwayOpened':
      if (!isKnown(state)) return state;
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
      return isKnown(state) ? { ...state, outgoingTransfer: { toRegion: event.data.toRegion, requestedOn: event.data.transferredOn } } : state;
    case 'OutgoingTransferRefused':
      return isKnown(state) ? { ...state, outgoingTransfer: null } : state;
    case 'CandidateHandedOver':
      return isKnown(state)
        ? { ...state, status: 'handed-over', region: event.data.toRegion, outgoingTransfer: null, handedOverOn: event.data.handedOverOn }
        : state;
    case 'IncomingTransferOpened':
      return { status: 'incoming', ...incoming(event.data) };
    case 'IncomingTransferAccepted':
      return state.status === 'incoming' ? { ...state, status: 'receiving', acceptedOn: event.data.acceptedOn } : state;
    case 'IncomingTransferRefused':
      return state.status === 'incoming' ? { ...state, status: 'incoming-refused', refusedOn: event.data.refusedOn } : state;
    case 'CandidateFileReceived':
      return {
        status: 'registered',
        candidateId: event.data.candidateId,
        region: event.data.region,
        registeredOn: event.data.registeredOn,
        pathways: event.data.pathways,
        outgoingTransfer: null,
      };
    case 'CandidateLinkCodeIssued':
      if (!isKnown(state)) return state;
      return {
        ...state,
        signInLink: {
          code: { digest: event.data.codeDigest, expiresAt: event.data.expiresAt, used: false },
          subjectDigests: state.signInLink?.subjectDigests ?? [],
        },
      };
    case 'CandidateSignInLinked':
      if (!isKnown(state)) return state;
      return {
        ...state,
        signInLink: {
          code: state.signInLink?.code ? { ...state.signInLink.code, used: true } : null,
          subjectDigests: [...(state.signInLink?.subjectDigests ?? []), event.data.subjectDigest],
        },
      };
    case 'CandidatePersonalDataErased':
      return isKnown(state) ? { ...state, status: 'erased', erasedOn: event.data.erasedOn } : state;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
