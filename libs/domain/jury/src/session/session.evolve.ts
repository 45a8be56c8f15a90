import type { SessionEvent } from './events/session-event-catalogue';
import type { MinutesApproval, ScheduledSession, SessionDecision, SessionState } from './session.state';

const whenScheduled = (state: SessionState, update: (session: ScheduledSession) => ScheduledSession): SessionState =>
  state.status === 'scheduled' ? update(state) : state;

const updateDecision = (session: ScheduledSession, decisionId: string, update: (decision: SessionDecision) => SessionDecision): ScheduledSession => ({
  ...session,
  decisions: session.decisions.map((decision) => (decision.decisionId === decisionId ? update(decision) : decision)),
});

/** Folds one event into the session. Events of an unexpected state leave it unchanged: history is never refused. */
export const evolveSession = (state: SessionState, event: SessionEvent): SessionState => {
  switch (event.type) {
    case 'ValidationSessionScheduled':
      return {
        status: 'scheduled',
        session: { ...event.data },
        jury: null,
        convocations: [],
        interviews: [],
        decisions: [],
        supersededDecisionIds: [],
        approvals: [],
        sealed: null,
        conflicts: [],
      };
    case 'ConflictOfInterestDeclared': {
      const { memberId, candidateId, declaredOn } = event.data;
      return whenScheduled(state, (session) => ({ ...session, conflicts: [...session.conflicts, { memberId, candidateId, declaredOn }] }));
    }
    case 'JuryConstituted':
      return whenScheduled(state, (session) => ({
        ...session,
        jury: { members: event.data.members, presidentId: event.data.presidentId ?? null, rulebookId: event.data.rulebookId, constitutedOn: event.data.constitutedOn },
      }));
    case 'CandidateConvened': {
      const { candidateId, pathwayId, pathwayType, ccpCodes, evidence, fileRef, convenedOn } = event.data;
      return whenScheduled(state, (session) => ({
        ...session,
        convocations: [...session.convocations, { candidateId, pathwayId, pathwayType, ccpCodes, evidence, fileRef, convenedOn }],
      }));
    }
    case 'InterviewRecorded': {
      const { candidateId, memberId, heldOn } = event.data;
      return whenScheduled(state, (session) => ({ ...session, interviews: [...session.interviews, { candidateId, memberId, heldOn }] }));
    }
    case 'DeliberationRecorded': {
      const { data } = event;
      const decision: SessionDecision = {
        decisionId: data.decisionId,
        candidateId: data.candidateId,
        outcome: data.outcome,
        ccpCodesAwarded: data.ccpCodesAwarded,
        ccsCode: data.ccsCode,
        rulebookId: data.rulebookId,
        ruleApplications: data.ruleApplications,
        recordedBy: data.recordedBy,
        revises: data.revises,
        decidedOn: data.decidedOn,
        rectifications: [],
      };
      // A revision replaces the candidate's decision: the minutes hold one decision per candidate.
      return whenScheduled(state, (session) => {
        const replaced = session.decisions.filter((each) => each.candidateId === data.candidateId).map((each) => each.decisionId);
        return {
          ...session,
          decisions: [...session.decisions.filter((each) => each.candidateId !== data.candidateId), decision],
          supersededDecisionIds: [...session.supersededDecisionIds, ...replaced],
        };
      });
    }
    case 'MinutesApproved': {
      const approval: MinutesApproval = { memberId: event.data.memberId, minutesHash: event.data.minutesHash, approvedOn: event.data.approvedOn };
      return whenScheduled(state, (session) => ({
        ...session,
        approvals: [...session.approvals.filter((each) => each.memberId !== approval.memberId), approval],
      }));
    }
    case 'MinutesSealed':
      return whenScheduled(state, (session) => ({
        ...session,
        sealed: { minutesHash: event.data.minutesHash, sealedBy: event.data.sealedBy, sealedOn: event.data.sealedOn },
      }));
    case 'TitleAwarded':
    case 'CcpAwarded':
    case 'TitleNotAwarded':
    case 'CcsAwarded':
      // Published for other streams; the session already holds the decision they come from.
      return state;
    case 'DecisionRectified': {
      const { rectificationId, outcome, ccpCodesAwarded, ccsCode, reason, rectifiedBy, rectifiedOn } = event.data;
      return whenScheduled(state, (session) =>
        updateDecision(session, event.data.decisionId, (decision) => ({
          ...decision,
          rectifications: [...decision.rectifications, { rectificationId, outcome, ccpCodesAwarded, ccsCode, reason, rectifiedBy, rectifiedOn }],
        })),
      );
    }
    default: {
      const unexpected: never = event;
      throw new Error(`unknown session event ${JSON.stringify(unexpected)}`);
    }
  }
};
