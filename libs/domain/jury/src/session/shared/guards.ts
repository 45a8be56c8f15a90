import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, forbidden, isBefore, notFound, ok } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { JuryDeciderDependencies } from '../../shared/dependencies';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';
import type { ConstitutedJury, Convocation, ScheduledSession, SessionState } from '../session.state';
import { convocationOf } from '../session.state';

/** The scheduled session, checking that the command was sent to its stream. */
export const scheduledSession = (state: SessionState, sessionId: string): Result<ScheduledSession, DomainError> => {
  if (state.status === 'unscheduled') return fail(notFound('validation session', sessionId));
  if (state.session.sessionId !== sessionId) {
    return fail(conflict(`command for session ${sessionId} was sent to the stream of session ${state.session.sessionId}`));
  }
  return ok(state);
};

/** Sealed minutes are final: past them, only a rectification changes a decision. */
export const notSealed = (session: ScheduledSession, explanation = ''): Result<ScheduledSession, DomainError> =>
  session.sealed === null ? ok(session) : fail(conflict(`the minutes of session ${session.session.sessionId} were sealed on ${session.sealed.sealedOn}${explanation}`));

export const constitutedJury = (session: ScheduledSession): Result<ConstitutedJury, DomainError> =>
  session.jury ? ok(session.jury) : fail(conflict(`the jury of session ${session.session.sessionId} is not constituted yet`));

/** Only a member of the session's jury acts for it. */
export const juryMember = (session: ScheduledSession, memberId: string): Result<JuryMemberFacts, DomainError> => {
  const jury = constitutedJury(session);
  if (!jury.ok) return jury;
  const member = jury.value.members.find((each) => each.memberId === memberId);
  return member ? ok(member) : fail(forbidden(`member ${memberId} does not sit on the jury of session ${session.session.sessionId}`));
};

export const convened = (session: ScheduledSession, candidateId: string): Result<Convocation, DomainError> => {
  const convocation = convocationOf(session, candidateId);
  return convocation ? ok(convocation) : fail(notFound('convened candidate', candidateId));
};

/** The jury acts on the session day or later, never before it sits. */
export const sessionHeld = (session: ScheduledSession, today: CalendarDate): Result<ScheduledSession, DomainError> =>
  isBefore(today, session.session.date)
    ? fail(conflict(`session ${session.session.sessionId} sits on ${session.session.date}: nothing can be recorded for it on ${today}`))
    : ok(session);

/** The rulebook of every decision of a session: the one in force on the session date. */
export const sessionRulebook = (dependencies: JuryDeciderDependencies, date: CalendarDate): Result<Rulebook, DomainError> => {
  const rulebook = dependencies.rulebooks.rulebookInForceAt(date);
  return rulebook ? ok(rulebook) : fail(conflict(`no rulebook is in force on ${date}`));
};

/** The title's référentiel on the session date (checked in force when the session was scheduled). */
export const sessionTitle = (dependencies: JuryDeciderDependencies, session: ScheduledSession): Result<Title, DomainError> => {
  const { titleCode, date } = session.session;
  const title = dependencies.referential.titleValidAt(titleCode, date) ?? dependencies.referential.findTitle(titleCode);
  return title ? ok(title) : fail(notFound('title', titleCode));
};

/** The app must pass the file of the candidate the command is about. */
export const fileOf = (file: CandidateFileFacts, candidateId: string): Result<CandidateFileFacts, DomainError> =>
  file.candidateId === candidateId ? ok(file) : fail(conflict(`the file passed is candidate ${file.candidateId}'s, not candidate ${candidateId}'s`));
