// A jury's real history of one candidate, for the audit's tests: decided by the jury's own deciders
// and appended through the store's append path (hash chain, revisions), as the jury service does.
import { foldEvents } from '@titrepro/domain-kernel';
import {
  candidateFileDecider,
  candidateFileEvents,
  candidateFileFacts,
  JURY_CANDIDATE_STREAM_CATEGORY,
  JURY_SESSION_STREAM_CATEGORY,
  juryCandidateStreamId,
  sessionDecider,
  sessionEvents,
  sessionStreamId,
  type CandidateFileEvent,
  type JuryMemberFacts,
  type SessionEvent,
} from '@titrepro/domain-jury';
import { handleCommand, type EventStore, type NewEvent } from '@titrepro/event-store';
import { causationFromRequest } from '@titrepro/messaging';
import { commandContextFor, defineAggregate, uuidV7Source, type Aggregate } from '@titrepro/service-kit';
import { randomUUID } from 'node:crypto';

const files = defineAggregate({ category: JURY_CANDIDATE_STREAM_CATEGORY, decider: candidateFileDecider, events: candidateFileEvents });
const sessions = defineAggregate({ category: JURY_SESSION_STREAM_CATEGORY, decider: sessionDecider, events: sessionEvents });
const officer = { actor: { subject: 'regional-officer@idf', role: 'regional-officer' }, causation: causationFromRequest({}) };
const member = { actor: { subject: 'm-1', role: 'jury-member' }, causation: causationFromRequest({}) };
const members: JuryMemberFacts[] = ['m-1', 'm-2'].map((memberId) => ({ memberId, region: 'idf', titleCodes: ['TP-00495'], assessorId: null }));

export interface JuryHistory {
  readonly candidateId: string;
  readonly fileStreamId: string;
  /** The session whose deliberation the rules give. */
  readonly cleanSessionId: string;
  /** The session whose deliberation was forged: appended with a valid chain, one rule's verdict flipped. */
  readonly forgedSessionId: string;
  /** The rule whose recorded verdict the forgery flipped. */
  readonly forgedRuleId: string;
}

const at = (day: string): { now: () => Date } => ({ now: () => new Date(`${day}T10:00:00Z`) });

/**
 * Builds, in a jury store of region idf: the candidate's jury file (home, a continuous-training
 * pathway to TSGERI, complete evidence, a trainer), a session of `sessionDay` where a member
 * deliberates "title awarded" (clean), and a second session where the candidate is convened and a
 * deliberation copied from the first, one rule's verdict flipped, is appended through the store (its
 * chain valid: `verify` passes, `replay` flags it).
 */
export const buildJuryHistory = async (store: EventStore, options: { readonly candidateId?: string; readonly sessionDay?: string } = {}): Promise<JuryHistory> => {
  const candidateId = options.candidateId ?? randomUUID();
  const sessionDay = options.sessionDay ?? '2026-06-15';
  const fileStreamId = juryCandidateStreamId(candidateId);
  const fact = (recordedOn: string) => ({ candidateId, source: { eventId: randomUUID(), region: 'idf' }, recordedOn });

  const onFile = async (day: string, command: unknown): Promise<void> => {
    const context = commandContextFor<CandidateFileEvent>(files as unknown as Aggregate<unknown, never, CandidateFileEvent>, officer, { clock: at(day), ids: uuidV7Source, region: 'idf' });
    const outcome = await handleCommand(store, fileStreamId, files.decider, command as never, context);
    if (!outcome.ok) throw new Error(`${(command as { type: string }).type} refused: ${outcome.error.message}`);
  };
  await onFile('2026-01-05', { type: 'RecordCandidateHome', data: { ...fact('2026-01-05'), region: 'idf' } });
  await onFile('2026-01-06', { type: 'RecordPathway', data: { ...fact('2026-01-06'), pathwayId: 'p-1', titleCode: 'TP-00495', pathwayType: 'continuous-training', region: 'idf' } });
  await onFile('2026-05-02', {
    type: 'RecordEvidenceStatus',
    data: { ...fact('2026-05-02'), pathwayId: 'p-1', rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-CONTINUOUS'], complete: true, present: [], missing: [] },
  });
  await onFile('2026-05-02', { type: 'RecordTrainers', data: { ...fact('2026-05-02'), trainerIds: ['trainer-1'] } });

  const fileEvents = await store.readStream(fileStreamId);
  const domainFileEvents = fileEvents.map((recorded) => {
    const read = candidateFileEvents.read(recorded);
    if (!read.ok) throw new Error(`unreadable file event: ${read.error.message}`);
    return read.value;
  });
  const file = candidateFileFacts(foldEvents(candidateFileDecider, domainFileEvents), candidateId);
  const fileRef = { streamId: fileStreamId, revision: fileEvents.length - 1 };

  const onSession = async (sessionId: string, day: string, origin: typeof officer, command: unknown): Promise<void> => {
    const context = commandContextFor<SessionEvent>(sessions as unknown as Aggregate<unknown, never, SessionEvent>, origin, { clock: at(day), ids: uuidV7Source, region: 'idf' });
    const outcome = await handleCommand(store, sessionStreamId(sessionId), sessions.decider, command as never, context);
    if (!outcome.ok) throw new Error(`${(command as { type: string }).type} refused: ${outcome.error.message}`);
  };
  const convene = async (sessionId: string): Promise<void> => {
    await onSession(sessionId, '2026-05-10', officer, { type: 'ScheduleValidationSession', data: { sessionId, region: 'idf', titleCode: 'TP-00495', date: sessionDay, kind: 'title', ccsCode: null } });
    await onSession(sessionId, '2026-05-11', officer, { type: 'ConstituteJury', data: { sessionId, members, candidates: [] } });
    await onSession(sessionId, '2026-05-12', officer, { type: 'ConveneCandidate', data: { sessionId, candidateId, ccpCodes: null, file, fileRef } });
  };

  const cleanSessionId = `s-${randomUUID()}`;
  await convene(cleanSessionId);
  await onSession(cleanSessionId, sessionDay, member, {
    type: 'RecordDeliberation',
    data: { sessionId: cleanSessionId, candidateId, decisionId: `d-${randomUUID()}`, memberId: 'm-1', outcome: { kind: 'title-awarded' }, revises: null, file, fileRef },
  });

  const forgedSessionId = `s-${randomUUID()}`;
  await convene(forgedSessionId);
  const clean = (await store.readStream(sessionStreamId(cleanSessionId))).find((recorded) => recorded.type === 'DeliberationRecorded');
  if (!clean) throw new Error('the clean session holds no deliberation');
  const applications = clean.data['ruleApplications'] as Array<{ ruleId: string; passed: boolean }>;
  const flipped = applications[0];
  if (!flipped) throw new Error('the clean deliberation applied no rule');
  const forged: NewEvent = {
    eventId: randomUUID(),
    type: clean.type,
    schemaVersion: clean.schemaVersion,
    data: {
      ...clean.data,
      sessionId: forgedSessionId,
      decisionId: `d-${randomUUID()}`,
      ruleApplications: applications.map((application, index) => (index === 0 ? { ...application, passed: !application.passed } : application)),
    },
    metadata: { ...clean.metadata, correlationId: randomUUID(), causationId: null },
  };
  await store.appendToStream(sessionStreamId(forgedSessionId), [forged]);
  return { candidateId, fileStreamId, cleanSessionId, forgedSessionId, forgedRuleId: flipped.ruleId };
};
