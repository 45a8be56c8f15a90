import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import { evaluationEvents } from '@titrepro/domain-evaluation';
import { FACTS_UNKNOWN, rerunTrace } from '@titrepro/domain-rulebook';
import { domainTraceOf } from './decision-trace';

/** An ECF result as the evaluation stores it: its descriptor's trace names the rule, without facts. */
const ecfRecorded = {
  type: 'TrainingEvaluationRecorded',
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
} as DomainEvent;

describe('domainTraceOf', () => {
  it('gives a rule recorded by its id alone FACTS_UNKNOWN, so that a replay leaves it unchecked instead of flagging a verdict that differs', () => {
    const trace = domainTraceOf(evaluationEvents as unknown as EventCatalogue<DomainEvent>, ecfRecorded);
    expect(trace?.rules).toEqual([expect.objectContaining({ ruleId: 'EVIDENCE-CONTINUOUS', facts: FACTS_UNKNOWN })]);
    expect(rerunTrace(trace ?? { rulebookId: '', rules: [] }).rules).toEqual([expect.objectContaining({ ruleId: 'EVIDENCE-CONTINUOUS', agreement: 'facts-unknown' })]);
  });
});
