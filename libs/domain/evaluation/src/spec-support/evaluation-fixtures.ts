// Builders for the evaluation deciders' specs (not exported from the library).
import { deciderSpec, type DecisionContext, type DomainError, type Explanation, ok, type Result } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
import { applyRule, decisionTrace, ruleKnownByIdOnly, type PathwayType, SEED_2009, seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import { createAssessorDecider } from '../assessor.decider';
import type { EvaluationCommand } from '../evaluation.command';
import { createEvaluationDecider } from '../evaluation.decider';
import type { DsppDocument } from '../events/dspp-submitted.event';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { AssessorFacts, AssignmentScope, CompetenceOutcome, PracticalAssessmentTarget } from '../shared/assessor-facts';
import type { EvaluationDeciderDependencies } from '../shared/dependencies';

export const TSGERI = 'TP-00495';
/** A second title, with a CCS, to show targets and qualifications are per title. */
export const OTHER_TITLE = 'TP-00002';
export const OTHER_CCS = 'CCS1';

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');
export const TSGERI_TITLE = tsgeri;

export const specReferential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  {
    source: 'other',
    data: { ...tsgeri, code: OTHER_TITLE, acronym: 'OTHER', ccss: [{ code: OTHER_CCS, label: 'SPÉCIALISATION', competences: ['Administrer un cluster.', 'Superviser un cluster.'] }] },
  },
]);

export const dependencies: EvaluationDeciderDependencies = { referential: specReferential, rulebooks };
export const decider = createEvaluationDecider(dependencies);
export const spec = deciderSpec(decider);

const STATUS_EVENTS: readonly string[] = ['EvidenceCompletenessChanged', 'CandidateTrainersChanged'];

/** A decision's facts, without the status events that follow them (evidence-status-events.spec.ts covers those). */
export const factsOnly = (result: Result<readonly EvaluationEvent[], DomainError>): Result<readonly EvaluationEvent[], DomainError> =>
  result.ok ? ok(result.value.filter((event) => !STATUS_EVENTS.includes(event.type))) : result;

/** `spec`, answering with the facts decided only: what the use-case specs are about. */
export const factSpec = {
  given: (history: readonly EvaluationEvent[] = []) => ({
    when: (command: EvaluationCommand, context: DecisionContext) => factsOnly(spec.given(history).when(command, context)),
    state: () => spec.given(history).state(),
  }),
};
export const assessorSpec = deciderSpec(createAssessorDecider(dependencies));

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });
export const DAY = '2025-06-02';
export const today = on(DAY);

export const CANDIDATE = 'c-1';
export const REGION = 'idf';
export const CCPS = ['CCP1', 'CCP2', 'CCP3'] as const;

/** The compétences of a TSGERI CCP, verbatim. */
export const competencesOf = (ccpCode: string): readonly string[] => {
  const ccp = tsgeri.ccps.find((each) => each.code === ccpCode);
  if (!ccp) throw new Error(`no ${ccpCode} in TSGERI`);
  return ccp.competences;
};
export const ALL_COMPETENCES: readonly string[] = tsgeri.ccps.flatMap((ccp) => ccp.competences);

export const grid = (competences: readonly string[], outcome: CompetenceOutcome['outcome'] = 'acquired'): CompetenceOutcome[] =>
  competences.map((competence) => ({ competence, outcome }));

export const PROFESSIONAL: AssessorFacts = { assessorId: 'pro-1', kind: 'professional', specialtyTitleCode: null, qualifiedTitleCodes: [TSGERI], region: REGION };
export const TRAINER: AssessorFacts = { assessorId: 'trainer-1', kind: 'trainer', specialtyTitleCode: TSGERI, qualifiedTitleCodes: [TSGERI], region: REGION };
export const professional = (overrides: Partial<AssessorFacts> = {}): AssessorFacts => ({ ...PROFESSIONAL, ...overrides });
export const trainer = (overrides: Partial<AssessorFacts> = {}): AssessorFacts => ({ ...TRAINER, ...overrides });

export const SYNTHESIS: PracticalAssessmentTarget = { kind: 'title-synthesis' };
export const ccpTarget = (ccpCode: string): PracticalAssessmentTarget => ({ kind: 'ccp', ccpCode });

export const pathwayRecorded = (pathwayType: PathwayType = 'continuous-training', pathwayId = 'p-1', titleCode = TSGERI): EvaluationEvent => ({
  type: 'PathwayRecorded',
  data: { candidateId: CANDIDATE, pathwayId, titleCode, pathwayType, region: REGION, recordedOn: '2025-01-06' },
});

export const withdrawalRecorded = (pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'PathwayWithdrawalRecorded',
  data: { candidateId: CANDIDATE, pathwayId, titleCode: TSGERI, recordedOn: '2025-05-01' },
});

const scopeId = (scope: AssignmentScope): string => (scope.kind === 'practical-assessment' ? scope.assessmentId : scope.ccpCode);

export const assigned = (scope: AssignmentScope, assessor: AssessorFacts = TRAINER, pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'AssessorAssigned',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    assignmentId: `as-${scope.kind}-${scopeId(scope)}-${assessor.assessorId}`,
    scope,
    assessorId: assessor.assessorId,
    assessorKind: assessor.kind,
    region: REGION,
    assignedOn: '2025-01-10',
  },
});

export const ecfRecorded = (ccpCode: string, result: 'passed' | 'failed' = 'passed', evaluatedOn = '2025-03-01', assessorId = TRAINER.assessorId): EvaluationEvent => ({
  type: 'TrainingEvaluationRecorded',
  data: {
    candidateId: CANDIDATE,
    pathwayId: 'p-1',
    titleCode: TSGERI,
    ccpCode,
    evaluatedOn,
    result,
    assessorId,
    recordedOn: evaluatedOn,
    // What the rule read is not what these specs are about: a recorded ECF with an unread trace.
    trace: { rulebookId: 'seed-2009', rules: [ruleKnownByIdOnly('EVIDENCE-CONTINUOUS')], evidence: [], reads: [] },
  },
});

export const document = (ccpCode: string, documentId = `doc-${ccpCode}`): DsppDocument => ({
  ccpCode,
  documentId,
  sha256: 'a'.repeat(64),
  size: 120_000,
  mediaType: 'application/pdf',
});

export const dsppSubmitted = (submissionId = 'dspp-1', supersedes: string | null = null, ccpCodes: readonly string[] = CCPS, pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'DsppSubmitted',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode: TSGERI,
    submissionId,
    submittedBy: CANDIDATE,
    documents: ccpCodes.map((ccpCode) => document(ccpCode, `${submissionId}-${ccpCode}`)),
    supersedes,
    submittedOn: '2025-04-01',
  },
});

export const scheduled = (assessmentId: string, target: PracticalAssessmentTarget = SYNTHESIS, pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'PracticalAssessmentScheduled',
  data: { candidateId: CANDIDATE, pathwayId, assessmentId, target, scheduledOn: '2025-05-15', region: REGION, recordedOn: '2025-04-15' },
});

export const practicalRecorded = (assessmentId: string, target: PracticalAssessmentTarget = SYNTHESIS, assessor: AssessorFacts = TRAINER, pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'PracticalAssessmentRecorded',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode: TSGERI,
    assessmentId,
    target,
    heldOn: '2025-05-15',
    outcomes: grid(target.kind === 'ccp' ? competencesOf(target.ccpCode) : ALL_COMPETENCES),
    assessorId: assessor.assessorId,
    assessorKind: assessor.kind,
    recordedOn: '2025-05-16',
  },
});

/** A practical assessment for a CCP, scheduled, assigned and recorded. */
export const ccpPracticalAssessmentHeld = (ccpCode: string, assessor: AssessorFacts = TRAINER, pathwayId = 'p-1'): EvaluationEvent[] => [
  scheduled(`pa-${ccpCode}`, ccpTarget(ccpCode), pathwayId),
  assigned({ kind: 'practical-assessment', assessmentId: `pa-${ccpCode}` }, assessor, pathwayId),
  practicalRecorded(`pa-${ccpCode}`, ccpTarget(ccpCode), assessor, pathwayId),
];

export const pairRecorded = (ccpCode: string, outcome: 'passed' | 'failed' = 'passed', assessedOn = '2025-05-20', pathwayId = 'p-1'): EvaluationEvent => ({
  type: 'CcpPairAssessmentRecorded',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode: TSGERI,
    ccpCode,
    assessedOn,
    assessors: [
      { assessorId: PROFESSIONAL.assessorId, kind: 'professional', specialtyTitleCode: null },
      { assessorId: TRAINER.assessorId, kind: 'trainer', specialtyTitleCode: TSGERI },
    ],
    outcome,
    grid: grid(competencesOf(ccpCode)),
    recordedOn: assessedOn,
    trace: decisionTrace(SEED_2009, [
      applyRule(SEED_2009, 'CCP-PAIR', {
        titleCode: TSGERI,
        titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
        ccpCode,
        assessors: [
          { personId: PROFESSIONAL.assessorId, role: 'professional' },
          { personId: TRAINER.assessorId, role: 'trainer', specialtyTitleCode: TSGERI },
        ],
        practicalAssessment: true,
        dspp: true,
      }),
    ]),
  },
});

/** The explanation of a rule-violation refusal, or undefined. */
export const explanationOf = (result: Result<unknown, DomainError>): Explanation | undefined =>
  !result.ok && result.error.kind === 'rule-violation' ? result.error.explanation : undefined;
