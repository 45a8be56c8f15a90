import { conflict, type DomainError, type EventsOrRefusal, fail, ok, type Result } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { convened, fileOf, juryMember, notSealed, scheduledSession, sessionHeld, sessionRulebook, sessionTitle } from '../shared/guards';
import { allPassed } from '../shared/first-failure';
import { judgeOutcome } from '../shared/judge-outcome';
import { juryComposition } from '../shared/jury-composition';
import { conflictedMemberIds, type Convocation, type DecisionEvidence, decisionOf, interviewOf, type ScheduledSession, type SessionState } from '../session.state';
import type { RecordDeliberation } from './record-deliberation.command';

/** What a decision keeps of the evidence the candidate was convened on: its source, ids and hashes. */
export const decisionEvidenceOf = (convocation: Convocation): DecisionEvidence | null => {
  if (!convocation.evidence) return null;
  const { status, records } = convocation.evidence;
  return {
    status: { rulebookId: status.rulebookId, ruleIds: status.ruleIds, complete: status.complete, source: status.source },
    records: records.map(({ kind, ccpCode, ccsCode, referenceId, sha256s, source }) => ({ kind, ccpCode, ccsCode, referenceId, sha256s, source })),
  };
};

/**
 * One decision per candidate: a second one is a revision and must name the decision it replaces
 * (two members recording at once cannot both win). Decision ids are never reused.
 */
const checkRevision = (session: ScheduledSession, data: RecordDeliberation['data']): Result<null, DomainError> => {
  if (session.decisions.some((decision) => decision.decisionId === data.decisionId) || session.supersededDecisionIds.includes(data.decisionId)) {
    return fail(conflict(`decision ${data.decisionId} already exists in session ${data.sessionId}`));
  }
  const current = decisionOf(session, data.candidateId);
  if (data.revises === null) {
    return current ? fail(conflict(`candidate ${data.candidateId} already has decision ${current.decisionId}: a new deliberation must revise it`)) : ok(null);
  }
  if (!current) return fail(conflict(`candidate ${data.candidateId} has no decision to revise (revises ${data.revises})`));
  return current.decisionId === data.revises
    ? ok(null)
    : fail(conflict(`candidate ${data.candidateId}'s current decision is ${current.decisionId}, not ${data.revises}: read the minutes again`));
};

/** A member records the jury's decision for a convened candidate, on or after the session day, before sealing. */
export const decideRecordDeliberation = (command: RecordDeliberation, state: SessionState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const member = juryMember(found.value, data.memberId);
  if (!member.ok) return member;
  const convocation = convened(found.value, data.candidateId);
  if (!convocation.ok) return convocation;
  const session = notSealed(found.value, ': a decision changes only through RectifyDecision');
  if (!session.ok) return session;
  const held = sessionHeld(session.value, today);
  if (!held.ok) return held;
  const revision = checkRevision(session.value, data);
  if (!revision.ok) return revision;
  const file = fileOf(data.file, data.candidateId);
  if (!file.ok) return file;

  const facts = session.value.session;
  const rulebook = sessionRulebook(dependencies, facts.date);
  if (!rulebook.ok) return rulebook;
  const title = sessionTitle(dependencies, session.value);
  if (!title.ok) return title;
  // A sitting member who declared a conflict of interest with the candidate: the office names the jury again first.
  if (conflictedMemberIds(session.value, data.candidateId).some((memberId) => session.value.jury?.members.some((each) => each.memberId === memberId))) {
    const composition = allPassed(juryComposition(rulebook.value, session.value.jury ?? { members: [], presidentId: null }, title.value.code, file.value, conflictedMemberIds(session.value, data.candidateId)));
    if (!composition.ok) return composition;
  }
  const judged = judgeOutcome({
    rulebook: rulebook.value,
    session: facts,
    title: title.value,
    convocation: convocation.value,
    outcome: data.outcome,
    file: file.value,
    interviewHeld: interviewOf(session.value, data.candidateId) !== undefined,
    rectifiedDecisionId: null,
  });
  if (!judged.ok) return judged;

  return ok([
    {
      type: 'DeliberationRecorded',
      data: {
        decisionId: data.decisionId,
        sessionId: facts.sessionId,
        region: facts.region,
        titleCode: facts.titleCode,
        sessionKind: facts.kind,
        candidateId: data.candidateId,
        pathwayId: convocation.value.pathwayId,
        pathwayType: convocation.value.pathwayType,
        outcome: data.outcome,
        ccpCodesAwarded: judged.value.ccpCodesAwarded,
        ccsCode: judged.value.ccsCode,
        decidedOn: facts.date,
        recordedBy: data.memberId,
        members: (session.value.jury?.members ?? []).map((each) => each.memberId),
        revises: data.revises,
        rulebookId: rulebook.value.id,
        ruleApplications: judged.value.ruleApplications,
        evidence: decisionEvidenceOf(convocation.value),
        fileRef: data.fileRef,
        recordedOn: today,
      },
    },
  ]);
};
