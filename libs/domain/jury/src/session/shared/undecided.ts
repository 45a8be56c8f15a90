import type { DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, ok } from '@titrepro/domain-kernel';
import type { ScheduledSession } from '../session.state';
import { decisionOf } from '../session.state';

/** Minutes are complete when at least one candidate was convened and every convened candidate has a decision. */
export const undecidedCandidates = (session: ScheduledSession): Result<null, DomainError> => {
  if (session.convocations.length === 0) return fail(conflict(`no candidate is convened to session ${session.session.sessionId}`));
  const undecided = session.convocations.filter((convocation) => !decisionOf(session, convocation.candidateId)).map((convocation) => convocation.candidateId);
  return undecided.length === 0 ? ok(null) : fail(conflict(`no decision yet for candidate(s) ${undecided.join(', ')}`));
};
