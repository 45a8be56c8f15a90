import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { convened, juryMember, notSealed, scheduledSession, sessionHeld } from '../shared/guards';
import { interviewOf, type SessionState } from '../session.state';
import type { RecordInterview } from './record-interview.command';

/** A member of the jury records its interview with a convened candidate, once, from the session day on. */
export const decideRecordInterview = (command: RecordInterview, state: SessionState, { on: today }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const member = juryMember(found.value, data.memberId);
  if (!member.ok) return member;
  const convocation = convened(found.value, data.candidateId);
  if (!convocation.ok) return convocation;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const held = sessionHeld(session.value, today);
  if (!held.ok) return held;
  const interview = interviewOf(session.value, data.candidateId);
  if (interview) return fail(conflict(`the jury's interview with candidate ${data.candidateId} was already recorded by ${interview.memberId}`));
  return ok([
    { type: 'InterviewRecorded', data: { sessionId: data.sessionId, candidateId: data.candidateId, memberId: data.memberId, heldOn: session.value.session.date } },
  ]);
};
