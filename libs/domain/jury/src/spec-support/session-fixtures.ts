// Builders for the session deciders' specs (not exported from the library). Files and members are
// plain facts, as the app would pass them: the session specs need no other stream's decider.
import { deciderSpec, type DecisionContext, type DomainError, type Result } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
import { type JuryDecisionOutcome, type PathwayType, seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import type {
  CandidateFileFacts,
  EvidenceItemFacts,
  FileAdmissibility,
  FileEvidenceRecord,
  FileEvidenceStatus,
  FilePathway,
  FileReference,
  HeldCcp,
  HeldTitle,
} from '../shared/candidate-file-facts';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import type { JuryMemberFacts } from '../shared/jury-member-facts';
import type { SessionEvent } from '../session/events/session-event-catalogue';
import { createSessionDecider } from '../session/session.decider';
import type { SessionCommand } from '../session/session.command';
import type { SessionKind } from '../session/shared/session-kind';

export const TSGERI = 'TP-00495';
/** A second title, with a CCS (TSGERI has none), as in domain-evaluation's fixtures. */
export const OTHER_TITLE = 'TP-00002';
export const OTHER_CCS = 'CCS1';
export const CCPS = ['CCP1', 'CCP2', 'CCP3'] as const;

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');

export const specReferential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  {
    source: 'other',
    data: { ...tsgeri, code: OTHER_TITLE, acronym: 'OTHER', ccss: [{ code: OTHER_CCS, label: 'SPÉCIALISATION', competences: ['Administrer un cluster.', 'Superviser un cluster.'] }] },
  },
]);

export const dependencies: JuryDeciderDependencies = { referential: specReferential, rulebooks };
export const decider = createSessionDecider(dependencies);
export const spec = deciderSpec(decider);

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });

export const REGION = 'idf';
export const SESSION = 's-1';
export const SESSION_DATE = '2025-06-16';
/** Before the session: scheduling and convening. */
export const BEFORE = on('2025-06-02');
/** The session day: interviews and deliberations. */
export const SESSION_DAY = on(SESSION_DATE);
export const CANDIDATE = 'c-1';

export const member = (memberId: string, overrides: Partial<JuryMemberFacts> = {}): JuryMemberFacts => ({
  memberId,
  region: REGION,
  titleCodes: [TSGERI, OTHER_TITLE],
  assessorId: null,
  ...overrides,
});
export const M1 = member('m-1');
export const M2 = member('m-2');
/** A member who is also the evaluation's assessor `trainer-1`. */
export const TRAINER_MEMBER = member('m-trainer', { assessorId: 'trainer-1' });

const source = (eventId: string): { eventId: string; region: string } => ({ eventId, region: REGION });

export const pathway = (type: PathwayType = 'continuous-training', pathwayId = 'p-1', titleCode = TSGERI, status: FilePathway['status'] = 'open'): FilePathway => ({
  pathwayId,
  titleCode,
  type,
  region: REGION,
  status,
});

export const ecf = (ccpCode: string): EvidenceItemFacts => ({ key: `ecf:${ccpCode}`, fr: `ECF pour ${ccpCode}`, en: `ECF for ${ccpCode}` });
export const pair = (ccpCode: string): EvidenceItemFacts => ({ key: `ccp-pair:${ccpCode}`, fr: `Évaluation de ${ccpCode} par le binôme d'évaluateurs`, en: `Assessment of ${ccpCode} by the assessor pair` });

const EVIDENCE_RULE: Readonly<Record<PathwayType, string>> = { 'continuous-training': 'EVIDENCE-CONTINUOUS', vae: 'EVIDENCE-VAE', 'discontinuous-training': 'CCP-PAIR' };

export const evidenceStatus = (pathwayId = 'p-1', type: PathwayType = 'continuous-training', missing: readonly EvidenceItemFacts[] = []): FileEvidenceStatus => ({
  pathwayId,
  rulebookId: 'seed-2009',
  ruleIds: [EVIDENCE_RULE[type]],
  complete: missing.length === 0,
  present: [],
  missing,
  source: source(`ev-status-${pathwayId}`),
});

export const evidenceRecord = (overrides: Partial<FileEvidenceRecord> = {}): FileEvidenceRecord => ({
  pathwayId: 'p-1',
  kind: 'practical-assessment',
  ccpCode: null,
  ccsCode: null,
  referenceId: 'pa-1',
  sha256s: [],
  assessorIds: ['pro-1'],
  passed: true,
  on: '2025-05-20',
  source: source('ev-record-1'),
  ...overrides,
});

export const admissible = (pathwayId = 'p-1', decidedOn = '2025-03-10', outcome: FileAdmissibility['outcome'] = 'admissible'): FileAdmissibility => ({
  pathwayId,
  outcome,
  decidedOn,
  source: source(`adm-${pathwayId}`),
});

export const heldCcp = (ccpCode: string, obtainedOn: string, decisionId = `d-old-${ccpCode}`, titleCode = TSGERI): HeldCcp => ({
  titleCode,
  ccpCode,
  obtainedOn,
  region: REGION,
  sessionId: 's-old',
  decisionId,
});

export const heldTitle = (titleCode: string, awardedOn: string): HeldTitle => ({ titleCode, awardedOn, region: REGION, sessionId: 's-old', decisionId: `d-old-${titleCode}` });

/** A continuous-training candidate of the region whose evidence is complete. */
export const aFile = (overrides: Partial<CandidateFileFacts> = {}): CandidateFileFacts => ({
  candidateId: CANDIDATE,
  homeRegion: REGION,
  pathways: [pathway()],
  admissibility: [],
  evidenceStatus: [evidenceStatus()],
  evidenceRecords: [evidenceRecord()],
  assessorIds: [],
  ccpsHeld: [],
  titlesHeld: [],
  ccssHeld: [],
  ...overrides,
});

/** A file on one pathway of `type`, complete unless `missing` says otherwise. */
export const fileOn = (type: PathwayType, overrides: Partial<CandidateFileFacts> = {}, missing: readonly EvidenceItemFacts[] = []): CandidateFileFacts =>
  aFile({ pathways: [pathway(type)], evidenceStatus: [evidenceStatus('p-1', type, missing)], ...(type === 'vae' ? { admissibility: [admissible()] } : {}), ...overrides });

export const fileRef = (candidateId = CANDIDATE, revision = 4): FileReference => ({ streamId: `jurycandidate-${candidateId}`, revision });

// Commands, as their parsers yield them.

export const schedule = (overrides: Partial<{ sessionId: string; titleCode: string; date: string; kind: SessionKind; ccsCode: string | null }> = {}): SessionCommand => ({
  type: 'ScheduleValidationSession',
  data: { sessionId: SESSION, region: REGION, titleCode: TSGERI, date: SESSION_DATE, kind: 'title', ccsCode: null, ...overrides },
});

export const constitute = (members: readonly JuryMemberFacts[] = [M1, M2], candidates: readonly CandidateFileFacts[] = []): SessionCommand => ({
  type: 'ConstituteJury',
  data: { sessionId: SESSION, members, candidates },
});

export const convene = (file: CandidateFileFacts = aFile(), ccpCodes: readonly string[] | null = null): SessionCommand => ({
  type: 'ConveneCandidate',
  data: { sessionId: SESSION, candidateId: file.candidateId, ccpCodes, file, fileRef: fileRef(file.candidateId) },
});

export const interview = (candidateId = CANDIDATE, memberId = M1.memberId): SessionCommand => ({
  type: 'RecordInterview',
  data: { sessionId: SESSION, candidateId, memberId },
});

export const deliberate = (
  outcome: JuryDecisionOutcome,
  file: CandidateFileFacts = aFile(),
  overrides: Partial<{ decisionId: string; memberId: string; revises: string | null }> = {},
): SessionCommand => ({
  type: 'RecordDeliberation',
  data: { sessionId: SESSION, candidateId: file.candidateId, decisionId: `d-${file.candidateId}`, memberId: M1.memberId, outcome, revises: null, file, fileRef: fileRef(file.candidateId), ...overrides },
});

export const approve = (memberId: string, minutesHash: string): SessionCommand => ({ type: 'ApproveMinutes', data: { sessionId: SESSION, memberId, minutesHash } });

export const seal = (officerId = 'officer-1'): SessionCommand => ({ type: 'SealMinutes', data: { sessionId: SESSION, officerId } });

export const rectify = (decisionId: string, outcome: JuryDecisionOutcome, file: CandidateFileFacts = aFile(), rectificationId = 'r-1'): SessionCommand => ({
  type: 'RectifyDecision',
  data: { sessionId: SESSION, decisionId, rectificationId, officerId: 'officer-1', reason: 'Erreur matérielle dans la saisie du jury.', outcome, file, fileRef: fileRef(file.candidateId, 9) },
});

export const TITLE_AWARDED: JuryDecisionOutcome = { kind: 'title-awarded' };
export const notAwarded = (...ccpCodesAwarded: string[]): JuryDecisionOutcome => ({ kind: 'title-not-awarded', ccpCodesAwarded });

/** A decider answer's error, for specs that look at it. */
export const errorOf = (result: Result<readonly SessionEvent[], DomainError>): DomainError => {
  if (result.ok) throw new Error(`expected a refusal, got ${result.value.map((event) => event.type).join(', ')}`);
  return result.error;
};

export const eventsOf = (result: Result<readonly SessionEvent[], DomainError>): readonly SessionEvent[] => {
  if (!result.ok) throw new Error(`expected events, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** Plays commands one after the other through the decider; a refusal stops the spec. */
export const play = (steps: readonly (readonly [SessionCommand, DecisionContext])[], history: readonly SessionEvent[] = []): SessionEvent[] =>
  steps.reduce<SessionEvent[]>((events, [command, context]) => [...events, ...eventsOf(spec.given(events).when(command, context))], [...history]);
