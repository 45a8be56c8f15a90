import { conflict, defineCommand, type EventsOrRefusal, fail, identifier, multilineText, ok, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { juryMember, notSealed, scheduledSession } from '../shared/guards';
import { decisionOf, type SessionState } from '../session.state';

export interface DeclareConflictOfInterestData {
  readonly sessionId: string;
  /** Server field: the authenticated jury member, who declares for themself. */
  readonly memberId: string;
  /** Server field (the route's): the candidate, convened or not yet. */
  readonly candidateId: string;
  /** Why: a relative, a colleague, an employer… in the member's words. */
  readonly reason: string;
}

export const declareConflictOfInterestDataSchema: z.ZodType<DeclareConflictOfInterestData, unknown> = z.strictObject({
  sessionId: identifier,
  memberId: identifier,
  candidateId: identifier,
  reason: multilineText(2000),
});

/** A member of the session's jury declares a conflict of interest with a candidate. */
export type DeclareConflictOfInterest = TypedCommand<'DeclareConflictOfInterest', DeclareConflictOfInterestData>;

/**
 * A member of the jury declares a conflict of interest with a candidate, before the jury decided for
 * them and before sealing, once. From then on JURY-PROFESSIONALS refuses the member on that
 * candidate's jury: convening the candidate, naming a jury with the member, or deliberating for the
 * candidate while the member sits, until the office names the jury again without them.
 */
export const decideDeclareConflictOfInterest = (command: DeclareConflictOfInterest, state: SessionState, { on: today }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const member = juryMember(found.value, data.memberId);
  if (!member.ok) return member;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const decided = decisionOf(session.value, data.candidateId);
  if (decided) {
    return fail(conflict(`the jury already decided for candidate ${data.candidateId} (decision ${decided.decisionId}): a conflict of interest declared now is a matter for the office (a new deliberation or a rectification)`));
  }
  const declared = session.value.conflicts.find((each) => each.memberId === data.memberId && each.candidateId === data.candidateId);
  if (declared) return fail(conflict(`member ${data.memberId} already declared a conflict of interest with candidate ${data.candidateId} on ${declared.declaredOn}`));
  return ok([{ type: 'ConflictOfInterestDeclared', data: { sessionId: data.sessionId, memberId: data.memberId, candidateId: data.candidateId, reason: data.reason, declaredOn: today } }]);
};

export const declareConflictOfInterestCommand = defineCommand({ type: 'DeclareConflictOfInterest', schema: declareConflictOfInterestDataSchema, decide: decideDeclareConflictOfInterest });
