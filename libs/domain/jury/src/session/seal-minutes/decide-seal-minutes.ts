import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { constitutedJury, notSealed, scheduledSession } from '../shared/guards';
import { undecidedCandidates } from '../shared/undecided';
import { minutesHashOf, minutesOf } from '../minutes';
import type { SessionState } from '../session.state';
import type { SealMinutes } from './seal-minutes.command';
import { awardEventsOf } from './award-events';

/**
 * Seals complete minutes once every member's latest approval is of their current text, and
 * publishes in the same decision what they award, decision by decision (by candidate id).
 */
export const decideSealMinutes = (command: SealMinutes, state: SessionState, { on: today }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const undecided = undecidedCandidates(session.value);
  if (!undecided.ok) return undecided;
  const jury = constitutedJury(session.value);
  if (!jury.ok) return jury;

  const minutesHash = minutesHashOf(session.value);
  const pending = jury.value.members
    .map((member) => member.memberId)
    .filter((memberId) => session.value.approvals.find((approval) => approval.memberId === memberId)?.minutesHash !== minutesHash);
  if (pending.length > 0) return fail(conflict(`the current minutes are not approved by member(s) ${pending.join(', ')}`));

  const facts = session.value.session;
  const minutes = minutesOf(session.value);
  const decisions = minutes.decisions.flatMap((entry) => session.value.decisions.filter((decision) => decision.decisionId === entry.decisionId));
  return ok([
    {
      type: 'MinutesSealed',
      data: {
        sessionId: facts.sessionId,
        region: facts.region,
        titleCode: facts.titleCode,
        sessionKind: facts.kind,
        date: facts.date,
        minutesHash,
        members: minutes.members,
        decisions: decisions.map(({ decisionId, candidateId, outcome }) => ({ decisionId, candidateId, outcome })),
        sealedBy: data.officerId,
        sealedOn: today,
      },
    },
    ...decisions.flatMap((decision) => awardEventsOf(session.value, decision)),
  ]);
};
