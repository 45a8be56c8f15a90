// A candidate's evaluation and its assessors, as the deciders write them from raw input parsed at
// the edge: every event type once at least (not exported from the library).
import { type DomainError, foldEvents, type Result } from '@titrepro/domain-kernel';
import { parseAssignAssessor } from '../assign-assessor/assign-assessor.command';
import type { AssessorCommand } from '../assessor.command';
import { createAssessorDecider } from '../assessor.decider';
import type { EvaluationCommand } from '../evaluation.command';
import type { AssessorEvent } from '../events/assessor-event-catalogue';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import { parseRecordCcpPairAssessment } from '../record-ccp-pair-assessment/record-ccp-pair-assessment.command';
import { parseRecordHandover } from '../record-handover/record-handover.command';
import { parseRecordPathway } from '../record-pathway/record-pathway.command';
import { parseRecordPathwayWithdrawal } from '../record-pathway-withdrawal/record-pathway-withdrawal.command';
import { parseRecordPracticalAssessment } from '../record-practical-assessment/record-practical-assessment.command';
import { parseRecordTrainingEvaluation } from '../record-training-evaluation/record-training-evaluation.command';
import { parseRegisterAssessor } from '../register-assessor/register-assessor.command';
import { parseSchedulePracticalAssessment } from '../schedule-practical-assessment/schedule-practical-assessment.command';
import type { AssessorFacts } from '../shared/assessor-facts';
import { parseSubmitDspp } from '../submit-dspp/submit-dspp.command';
import { ALL_COMPETENCES, CANDIDATE, competencesOf, decider, dependencies, grid, on, OTHER_TITLE, TSGERI } from './evaluation-fixtures';

/** Values that appear nowhere but in the assessors' personal fields. */
export const PERSONAL = {
  trainer: { familyName: 'Quiñonez-Vandersteen', givenNames: ['Ottoline', 'Bérénice'] },
  professional: { familyName: 'Abernathy-Oyelaran', givenNames: ['Thibaut'] },
} as const;

const assessorDecider = createAssessorDecider(dependencies);

const registerAssessor = (input: unknown, day: string): { events: readonly AssessorEvent[]; facts: AssessorFacts } => {
  const parsed: Result<AssessorCommand, DomainError> = parseRegisterAssessor(input);
  if (!parsed.ok) throw new Error(`input refused: ${JSON.stringify(parsed.error)}`);
  const decided = assessorDecider.decide(parsed.value, assessorDecider.initialState(), on(day));
  if (!decided.ok) throw new Error(`RegisterAssessor refused: ${JSON.stringify(decided.error)}`);
  const state = foldEvents(assessorDecider, decided.value);
  if (state.status !== 'registered') throw new Error('assessor not registered');
  return { events: decided.value, facts: state.facts };
};

/** Both assessors' streams, registered in idf, and the facts the app would read from them. */
export const theAssessors = () => {
  const trainer = registerAssessor(
    { assessorId: 'a-trainer', region: 'idf', kind: 'trainer', specialtyTitleCode: TSGERI, qualifiedTitleCodes: [TSGERI], ...PERSONAL.trainer },
    '2025-01-02',
  );
  const professional = registerAssessor(
    { assessorId: 'a-pro', region: 'idf', kind: 'professional', qualifiedTitleCodes: [TSGERI, OTHER_TITLE], ...PERSONAL.professional },
    '2025-01-03',
  );
  return { trainer, professional };
};

const sha = (digit: string) => digit.repeat(64);
const dspp = (submissionId: string, digit: string, pathwayId = 'p-dt') =>
  parseSubmitDspp({
    candidateId: CANDIDATE,
    pathwayId,
    submissionId,
    submittedBy: CANDIDATE,
    documents: ['CCP1', 'CCP2', 'CCP3'].map((ccpCode) => ({ ccpCode, documentId: `${submissionId}-${ccpCode}`, sha256: sha(digit), size: 2048, mediaType: 'application/pdf' })),
  });

/** The events the evaluation decider emits for a candidate's two pathways; throws if any input or decision is refused. */
export const aWholeEvaluation = (): readonly EvaluationEvent[] => {
  const { trainer, professional } = theAssessors();
  const ids = { candidateId: CANDIDATE, actingRegion: 'idf' };
  const steps: ReadonlyArray<readonly [string, () => Result<EvaluationCommand, DomainError>]> = [
    ['2025-01-06', () => parseRecordPathway({ candidateId: CANDIDATE, pathwayId: 'p-ct', titleCode: TSGERI, pathwayType: 'continuous-training', region: 'idf' })],
    ['2025-01-10', () => parseAssignAssessor({ ...ids, assignmentId: 'as-1', pathwayId: 'p-ct', scope: { kind: 'ecf', ccpCode: 'CCP1' }, assessor: trainer.facts })],
    ['2025-02-14', () => parseRecordTrainingEvaluation({ candidateId: CANDIDATE, pathwayId: 'p-ct', ccpCode: 'CCP1', evaluatedOn: '2025-02-13', result: 'failed', assessor: trainer.facts })],
    ['2025-03-03', () => parseRecordPathwayWithdrawal({ candidateId: CANDIDATE, pathwayId: 'p-ct' })],
    ['2025-03-10', () => parseRecordPathway({ candidateId: CANDIDATE, pathwayId: 'p-dt', titleCode: TSGERI, pathwayType: 'discontinuous-training', region: 'idf' })],
    ['2025-04-01', () => dspp('dspp-1', 'a')],
    ['2025-04-08', () => dspp('dspp-2', 'b')],
    ['2025-04-10', () => parseSchedulePracticalAssessment({ ...ids, pathwayId: 'p-dt', assessmentId: 'pa-1', target: { kind: 'ccp', ccpCode: 'CCP1' }, scheduledOn: '2025-05-12' })],
    ['2025-04-11', () => parseAssignAssessor({ ...ids, assignmentId: 'as-2', pathwayId: 'p-dt', scope: { kind: 'practical-assessment', assessmentId: 'pa-1' }, assessor: professional.facts })],
    ['2025-05-12', () => parseRecordPracticalAssessment({ candidateId: CANDIDATE, assessmentId: 'pa-1', heldOn: '2025-05-12', outcomes: grid(competencesOf('CCP1')), assessor: professional.facts })],
    ['2025-05-13', () => parseAssignAssessor({ ...ids, assignmentId: 'as-3', pathwayId: 'p-dt', scope: { kind: 'ccp-evaluation', ccpCode: 'CCP1' }, assessor: professional.facts })],
    ['2025-05-13', () => parseAssignAssessor({ ...ids, assignmentId: 'as-4', pathwayId: 'p-dt', scope: { kind: 'ccp-evaluation', ccpCode: 'CCP1' }, assessor: trainer.facts })],
    [
      '2025-05-20',
      () =>
        parseRecordCcpPairAssessment({
          candidateId: CANDIDATE,
          pathwayId: 'p-dt',
          ccpCode: 'CCP1',
          assessedOn: '2025-05-19',
          assessors: [professional.facts, trainer.facts],
          outcome: 'passed',
          grid: grid(competencesOf('CCP1')),
        }),
    ],
    // A VAE pathway towards another title, to a complete file.
    ['2025-06-02', () => parseRecordPathway({ candidateId: CANDIDATE, pathwayId: 'p-vae', titleCode: OTHER_TITLE, pathwayType: 'vae', region: 'idf' })],
    ['2025-06-03', () => dspp('dspp-v', 'c', 'p-vae')],
    ['2025-06-04', () => parseSchedulePracticalAssessment({ ...ids, pathwayId: 'p-vae', assessmentId: 'pa-v', target: { kind: 'title-synthesis' }, scheduledOn: '2025-06-16' })],
    ['2025-06-04', () => parseAssignAssessor({ ...ids, assignmentId: 'as-5', pathwayId: 'p-vae', scope: { kind: 'practical-assessment', assessmentId: 'pa-v' }, assessor: professional.facts })],
    ['2025-06-16', () => parseRecordPracticalAssessment({ candidateId: CANDIDATE, assessmentId: 'pa-v', heldOn: '2025-06-16', outcomes: grid(ALL_COMPETENCES), assessor: professional.facts })],
    // The candidate moves to bre: its office organises what is left.
    ['2025-07-01', () => parseRecordHandover({ candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'bre' })],
  ];
  const history: EvaluationEvent[] = [];
  for (const [day, input] of steps) {
    const parsed = input();
    if (!parsed.ok) throw new Error(`input refused on ${day}: ${JSON.stringify(parsed.error)}`);
    const decided = decider.decide(parsed.value, foldEvents(decider, history), on(day));
    if (!decided.ok) throw new Error(`${parsed.value.type} refused on ${day}: ${JSON.stringify(decided.error)}`);
    history.push(...decided.value);
  }
  return history;
};
