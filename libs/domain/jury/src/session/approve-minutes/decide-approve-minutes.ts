import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { juryMember, notSealed, scheduledSession } from '../shared/guards';
import { undecidedCandidates } from '../shared/undecided';
import { minutesHashOf } from '../minutes';
import type { SessionState } from '../session.state';
import type { ApproveMinutes } from './approve-minutes.command';

/** A member approves the minutes they read, once every convened candidate has a decision; only the current text counts. */
export const decideApproveMinutes = (command: ApproveMinutes, state: SessionState, { on: today }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const member = juryMember(found.value, data.memberId);
  if (!member.ok) return member;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const undecided = undecidedCandidates(session.value);
  if (!undecided.ok) return undecided;
  const current = minutesHashOf(session.value);
  if (data.minutesHash !== current) return fail(conflict(`the minutes changed since they were read: their hash is now ${current}`));
  const latest = session.value.approvals.find((approval) => approval.memberId === data.memberId);
  if (latest?.minutesHash === current) return fail(conflict(`member ${data.memberId} already approved these minutes on ${latest.approvedOn}`));
  return ok([{ type: 'MinutesApproved', data: { sessionId: data.sessionId, memberId: data.memberId, minutesHash: current, approvedOn: today } }]);
};
