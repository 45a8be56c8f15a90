import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import { evaluationEvents } from '@titrepro/domain-evaluation';
import { FACTS_UNKNOWN, rerunTrace } from '@titrepro/domain-rulebook';
import { domainTraceOf } from './decision-trace';

/** An ECF result as the evaluation stored it before its trace (schema 1): the rule by its id, without facts or verdict. */
const ecfRecordedV1 = {
  type: 'TrainingEvaluationRecorded',
  schemaVersion: 1,
  data: {
    candidateId: 'c-1',
    pathwayId: 'p-1',
    titleCode: 'TP-00495',
    ccpCode: 'CCP1',
    assessorId: 'a-1',
    evaluatedOn: '2026-10-09',
    recordedOn: '2026-12-08',
    result: 'passed',
    rulebookId: 'vae-jury-2024',
    ruleIds: ['EVIDENCE-CONTINUOUS'],
  },
};

describe('domainTraceOf', () => {
  it('gives a rule an older event recorded by its id alone FACTS_UNKNOWN, so that re-running it on the event alone is not a verdict that differs (replay re-derives it)', () => {
    const read = evaluationEvents.read(ecfRecordedV1);
    if (!read.ok) throw new Error(read.error.message);
    const trace = domainTraceOf(evaluationEvents as unknown as EventCatalogue<DomainEvent>, read.value);
    expect(trace?.rules).toEqual([expect.objectContaining({ ruleId: 'EVIDENCE-CONTINUOUS', facts: FACTS_UNKNOWN, passed: null })]);
    expect(rerunTrace(trace ?? { rulebookId: '', rules: [] }).rules).toEqual([expect.objectContaining({ ruleId: 'EVIDENCE-CONTINUOUS', agreement: 'facts-unknown' })]);
  });
});
