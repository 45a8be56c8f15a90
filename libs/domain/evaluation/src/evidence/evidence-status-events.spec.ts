import { type DecisionContext, foldEvents, isBefore } from '@titrepro/domain-kernel';
import { fails, SEED_2009 } from '@titrepro/domain-rulebook';
import type { EvaluationCommand } from '../evaluation.command';
import { createEvaluationDecider } from '../evaluation.decider';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import {
  ALL_COMPETENCES,
  CANDIDATE,
  decider,
  dependencies,
  document,
  grid,
  on,
  PROFESSIONAL,
  spec,
  specReferential,
  TRAINER,
  TSGERI,
} from '../spec-support/evaluation-fixtures';
import { evidenceCompleteness } from './evidence-completeness';

const ids = { candidateId: CANDIDATE, pathwayId: 'p-1' };
const recordPathway: EvaluationCommand = { type: 'RecordPathway', data: { ...ids, titleCode: TSGERI, pathwayType: 'vae', region: 'idf' } };
const submitDspp: EvaluationCommand = {
  type: 'SubmitDspp',
  data: { ...ids, submissionId: 'dspp-1', submittedBy: CANDIDATE, documents: ['CCP1', 'CCP2', 'CCP3'].map((ccp) => document(ccp)) },
};
const schedule: EvaluationCommand = {
  type: 'SchedulePracticalAssessment',
  data: { ...ids, actingRegion: 'idf', assessmentId: 'pa-1', target: { kind: 'title-synthesis' }, scheduledOn: '2025-05-15' },
};
const assign = (assessor = TRAINER): EvaluationCommand => ({
  type: 'AssignAssessor',
  data: { ...ids, actingRegion: 'idf', assignmentId: `as-${assessor.assessorId}`, scope: { kind: 'practical-assessment', assessmentId: 'pa-1' }, assessor },
});
const recordSynthesis = (assessor = TRAINER): EvaluationCommand => ({
  type: 'RecordPracticalAssessment',
  data: { candidateId: CANDIDATE, assessmentId: 'pa-1', heldOn: '2025-05-15', outcomes: grid(ALL_COMPETENCES), assessor },
});

/** The history the decider writes for `commands`, each decided on its day; throws on a refusal. */
const decided = (steps: ReadonlyArray<readonly [EvaluationCommand, DecisionContext]>, using = decider): EvaluationEvent[] =>
  steps.reduce<EvaluationEvent[]>((history, [command, context]) => {
    const result = using.decide(command, foldEvents(using, history), context);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return [...history, ...result.value];
  }, []);

const types = (events: readonly EvaluationEvent[]) => events.map((event) => event.type);
const whenDecided = (history: readonly EvaluationEvent[], command: EvaluationCommand, day = '2025-05-16') => {
  const result = spec.given(history).when(command, on(day));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('status events: what each decision changes in the evidence status and the trainer list', () => {
  it('publishes the first status with the pathway: everything missing, as evidenceCompleteness reads it', () => {
    const events = whenDecided([], recordPathway, '2025-01-06');
    expect(types(events)).toEqual(['PathwayRecorded', 'EvidenceCompletenessChanged']);
    const completeness = evidenceCompleteness(foldEvents(decider, events), 'p-1', '2025-01-06', dependencies);
    if (!completeness.ok) throw new Error(completeness.error.message);
    const { rulebookId: _rulebookId, ruleIds: _ruleIds, ...status } = completeness.value;
    expect(events[1]).toEqual({ type: 'EvidenceCompletenessChanged', data: { ...status, changedOn: '2025-01-06' } });
    expect(events[1]).toMatchObject({ data: { complete: false, trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'EVIDENCE-VAE', passed: false }] } } });
  });

  it('publishes nothing for a decision that changes neither (an assignment, a scheduling, a redelivery)', () => {
    const history = decided([[recordPathway, on('2025-01-06')]]);
    expect(whenDecided(history, schedule)).toEqual([expect.objectContaining({ type: 'PracticalAssessmentScheduled' })]);
    const scheduled = [...history, ...whenDecided(history, schedule)];
    expect(types(whenDecided(scheduled, assign()))).toEqual(['AssessorAssigned']);
    expect(whenDecided(history, recordPathway)).toEqual([]);
  });

  it('publishes the new status after the DSPP, and the trainer list when a trainer first assesses the candidate', () => {
    const history = decided([
      [recordPathway, on('2025-01-06')],
      [schedule, on('2025-04-15')],
      [assign(), on('2025-04-16')],
    ]);
    const afterDspp = whenDecided(history, submitDspp);
    expect(types(afterDspp)).toEqual(['DsppSubmitted', 'EvidenceCompletenessChanged']);
    expect(afterDspp[1]).toMatchObject({ data: { complete: false, missing: [{ key: 'practical-assessment:title-synthesis' }] } });

    const afterSynthesis = whenDecided([...history, ...afterDspp], recordSynthesis());
    expect(types(afterSynthesis)).toEqual(['PracticalAssessmentRecorded', 'EvidenceCompletenessChanged', 'CandidateTrainersChanged']);
    expect(afterSynthesis[1]).toMatchObject({ data: { complete: true, missing: [], changedOn: '2025-05-16' } });
    expect(afterSynthesis[2]).toEqual({ type: 'CandidateTrainersChanged', data: { candidateId: CANDIDATE, trainerIds: [TRAINER.assessorId], changedOn: '2025-05-16' } });
  });

  it('publishes no trainer list for a professional', () => {
    const history = decided([
      [recordPathway, on('2025-01-06')],
      [schedule, on('2025-04-15')],
      [assign(PROFESSIONAL), on('2025-04-16')],
    ]);
    expect(types(whenDecided(history, recordSynthesis(PROFESSIONAL)))).toEqual(['PracticalAssessmentRecorded', 'EvidenceCompletenessChanged']);
  });

  it('keeps what it published in the state', () => {
    const history = decided([
      [recordPathway, on('2025-01-06')],
      [submitDspp, on('2025-04-01')],
    ]);
    expect(spec.given(history).state()).toMatchObject({
      publishedTrainerIds: [],
      pathways: [{ publishedEvidence: { rulebookId: 'seed-2009', complete: false, presentKeys: ['dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3'], missingKeys: ['practical-assessment:title-synthesis'] } }],
    });
  });

  it('no longer publishes the status of a withdrawn pathway', () => {
    const history = decided([[recordPathway, on('2025-01-06')]]);
    expect(types(whenDecided(history, { type: 'RecordPathwayWithdrawal', data: ids }))).toEqual(['PathwayWithdrawalRecorded']);
  });

  it('republishes a status on the next decision once another rulebook is in force, under that rulebook', () => {
    const history = decided([[recordPathway, on('2025-01-06')]]);
    const later = createEvaluationDecider({
      referential: specReferential,
      rulebooks: {
        rulebookInForceAt: (date) =>
          isBefore(date, '2030-01-01')
            ? SEED_2009
            : { ...SEED_2009, id: 'later', rules: { ...SEED_2009.rules, 'EVIDENCE-VAE': { ...SEED_2009.rules['EVIDENCE-VAE'], evaluate: () => fails('non', 'no', { problems: ['dspp:CCP1'] }) } } },
      },
    });
    const scheduleIn2030: EvaluationCommand = { ...schedule, data: { ...schedule.data, scheduledOn: '2030-02-15' } } as EvaluationCommand;
    const result = later.decide(scheduleIn2030, foldEvents(later, history), on('2030-02-01'));
    expect(result.ok && result.value.map((event) => [event.type, event.type === 'EvidenceCompletenessChanged' ? event.data.trace.rulebookId : null])).toEqual([
      ['PracticalAssessmentScheduled', null],
      ['EvidenceCompletenessChanged', 'later'],
    ]);
  });

  it('emits nothing at all when the decision is refused', () => {
    expect(spec.given([]).when(submitDspp, on('2025-04-01'))).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
