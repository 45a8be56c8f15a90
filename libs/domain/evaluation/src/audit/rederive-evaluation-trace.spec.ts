import { foldEvents } from '@titrepro/domain-kernel';
import { SEED_2009 } from '@titrepro/domain-rulebook';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import { decider, specReferential } from '../spec-support/evaluation-fixtures';
import { aWholeEvaluation } from '../spec-support/whole-life';
import { isEvaluationDecision, rederiveEvaluationTrace } from './rederive-evaluation-trace';

const decisionsWithTheirPast = (life: readonly EvaluationEvent[]) =>
  life.flatMap((event, index) => (isEvaluationDecision(event) ? [{ event, before: foldEvents(decider, life.slice(0, index)) }] : []));

describe('rederiveEvaluationTrace (what an audit re-derives from the evaluation stream)', () => {
  it('gives, for every decision of a whole evaluation, the very trace the decider recorded, from the stream before it', () => {
    const decisions = decisionsWithTheirPast(aWholeEvaluation());
    expect(new Set(decisions.map(({ event }) => event.type))).toEqual(new Set(['TrainingEvaluationRecorded', 'CcpPairAssessmentRecorded', 'EvidenceCompletenessChanged']));
    for (const { event, before } of decisions) {
      const again = rederiveEvaluationTrace(before, event, { rulebook: SEED_2009, referential: specReferential });
      expect(again.ok && again.value.trace).toEqual(event.data.trace);
      if (event.type === 'EvidenceCompletenessChanged') {
        expect(again.ok && again.value.completeness).toEqual({ complete: event.data.complete, present: event.data.present, missing: event.data.missing });
      }
    }
  });

  it('re-derives other facts when the stream before the decision was other (a DSPP left out): what an audit flags', () => {
    const life = aWholeEvaluation();
    const decisions = decisionsWithTheirPast(life.filter((event) => event.type !== 'DsppSubmitted'));
    const differing = decisions.filter(({ event, before }) => {
      const again = rederiveEvaluationTrace(before, event, { rulebook: SEED_2009, referential: specReferential });
      return again.ok && JSON.stringify(again.value.trace) !== JSON.stringify(event.data.trace);
    });
    expect(differing.length).toBeGreaterThan(0);
  });
});
