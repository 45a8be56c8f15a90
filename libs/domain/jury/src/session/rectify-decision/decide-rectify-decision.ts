import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { convened, fileOf, scheduledSession, sessionRulebook, sessionTitle } from '../shared/guards';
import { judgeOutcome } from '../shared/judge-outcome';
import { sameOutcome } from '../shared/outcome';
import { currentOutcome, interviewOf, type SessionState } from '../session.state';
import type { RectifyDecision } from './rectify-decision.command';

/**
 * Rectifies a decision of sealed minutes (before sealing, the jury revises its deliberation
 * instead). The new outcome answers to the same rules, as of the session date, on the file as it
 * stands without what the decision itself awarded.
 */
export const decideRectifyDecision = (command: RectifyDecision, state: SessionState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const session = found.value;
  if (session.sealed === null) return fail(conflict(`the minutes of session ${data.sessionId} are not sealed: revise the deliberation instead`));
  const decision = session.decisions.find((each) => each.decisionId === data.decisionId);
  if (!decision) return fail(notFound('decision', data.decisionId));
  if (session.decisions.some((each) => each.rectifications.some((rectification) => rectification.rectificationId === data.rectificationId))) {
    return fail(conflict(`rectification ${data.rectificationId} already exists`));
  }
  const previousOutcome = currentOutcome(decision);
  if (sameOutcome(previousOutcome, data.outcome)) return fail(conflict(`decision ${data.decisionId} already has this outcome`));
  const convocation = convened(session, decision.candidateId);
  if (!convocation.ok) return convocation;
  const file = fileOf(data.file, decision.candidateId);
  if (!file.ok) return file;

  const facts = session.session;
  const rulebook = sessionRulebook(dependencies, facts.date);
  if (!rulebook.ok) return rulebook;
  const title = sessionTitle(dependencies, session);
  if (!title.ok) return title;
  const judged = judgeOutcome({
    rulebook: rulebook.value,
    session: facts,
    title: title.value,
    convocation: convocation.value,
    outcome: data.outcome,
    file: file.value,
    interviewHeld: interviewOf(session, decision.candidateId) !== undefined,
    rectifiedDecisionId: decision.decisionId,
  });
  if (!judged.ok) return judged;

  return ok([
    {
      type: 'DecisionRectified',
      data: {
        rectificationId: data.rectificationId,
        decisionId: decision.decisionId,
        sessionId: facts.sessionId,
        region: facts.region,
        titleCode: facts.titleCode,
        sessionKind: facts.kind,
        candidateId: decision.candidateId,
        pathwayId: convocation.value.pathwayId,
        pathwayType: convocation.value.pathwayType,
        previousOutcome,
        outcome: data.outcome,
        ccpCodesAwarded: judged.value.ccpCodesAwarded,
        ccsCode: judged.value.ccsCode,
        reason: data.reason,
        rulebookId: rulebook.value.id,
        ruleApplications: judged.value.ruleApplications,
        fileRef: data.fileRef,
        rectifiedBy: data.officerId,
        rectifiedOn: today,
        decidedOn: facts.date,
      },
    },
  ]);
};
