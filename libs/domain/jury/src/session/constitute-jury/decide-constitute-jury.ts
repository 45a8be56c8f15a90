import { conflict, fail, invalidInput, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { SessionEvent } from '../events/session-event-catalogue';
import { allPassed } from '../shared/first-failure';
import { notSealed, scheduledSession, sessionRulebook } from '../shared/guards';
import { juryComposition } from '../shared/jury-composition';
import { conflictedMemberIds, type SessionState } from '../session.state';
import type { ConstituteJury } from './constitute-jury.command';

/**
 * Names the jury and its president, until its first deliberation: JURY-PROFESSIONALS for each
 * convened candidate (no member may have trained one or declared a conflict of interest with them),
 * or for the jury alone while nobody is convened, and VAE-JURY for each candidate where the
 * rulebook holds it.
 */
export const decideConstituteJury = (command: ConstituteJury, state: SessionState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  const found = scheduledSession(state, data.sessionId);
  if (!found.ok) return found;
  const session = notSealed(found.value);
  if (!session.ok) return session;
  const [decided] = session.value.decisions;
  if (decided) return fail(conflict(`the jury of session ${data.sessionId} has deliberated (decision ${decided.decisionId}): it can no longer change`));

  // The app passes the files of exactly the convened candidates: each one is checked against the jury.
  const convenedIds = session.value.convocations.map((convocation) => convocation.candidateId);
  const stray = data.candidates.findIndex((file) => !convenedIds.includes(file.candidateId));
  if (stray >= 0) return fail(invalidInput(`candidates[${stray}]`, `candidate ${data.candidates[stray]?.candidateId} is not convened to session ${data.sessionId}`));
  const missing = convenedIds.find((candidateId) => !data.candidates.some((file) => file.candidateId === candidateId));
  if (missing) return fail(invalidInput('candidates', `must hold the file of convened candidate ${missing}`));

  // The office designates the president among the members; when it names none, the first member named presides.
  const presidentId = data.presidentId ?? data.members[0]?.memberId ?? null;
  if (presidentId !== null && !data.members.some((member) => member.memberId === presidentId)) {
    return fail(invalidInput('presidentId', `president ${presidentId} must be one of the jury's members`));
  }

  const rulebook = sessionRulebook(dependencies, session.value.session.date);
  if (!rulebook.ok) return rulebook;
  const { titleCode } = session.value.session;
  const files = data.candidates.length === 0 ? [null] : data.candidates;
  const applications = allPassed(files.flatMap((file) => juryComposition(rulebook.value, { members: data.members, presidentId }, titleCode, file, file ? conflictedMemberIds(session.value, file.candidateId) : [])));
  if (!applications.ok) return applications;

  return ok([
    {
      type: 'JuryConstituted',
      data: { sessionId: data.sessionId, members: data.members, presidentId, rulebookId: rulebook.value.id, ruleApplications: applications.value, constitutedOn: today },
    },
  ]);
};
