import { fieldsAcceptingRedacted } from '@titrepro/domain-kernel';
import { FACTS_UNKNOWN } from '@titrepro/domain-rulebook';
import * as fixtures from '../spec-support/evaluation-fixtures';
import { aWholeEvaluation, theAssessors } from '../spec-support/whole-life';
import { assessorEvents } from './assessor-event-catalogue';
import { evaluationEvents } from './evaluation-event-catalogue';

const sorted = (names: readonly string[]): string[] => [...names].sort();

describe('evaluationEvents (the catalogue of a candidate’s evaluation events)', () => {
  it('describes each event type under its own name, decisions at schema version 2 (their trace), the others at 1', () => {
    expect(evaluationEvents.types.length).toBeGreaterThan(0);
    const decisions = ['CcpPairAssessmentRecorded', 'TrainingEvaluationRecorded', 'EvidenceCompletenessChanged'];
    for (const type of evaluationEvents.types) expect(evaluationEvents.descriptorOf(type)).toMatchObject({ type, schemaVersion: decisions.includes(type) ? 2 : 1 });
  });

  it.each(evaluationEvents.types)('%s: no field accepts REDACTED, none is declared or typed personal', (type) => {
    const descriptor = evaluationEvents.descriptorOf(type);
    expect(fieldsAcceptingRedacted(descriptor.schema)).toEqual([]);
    expect(descriptor.personal?.fields ?? []).toEqual([]);
  });

  it('gives the rulebook and rule ids of decisions (ECF under EVIDENCE-CONTINUOUS, pair under CCP-PAIR), and none for other events', () => {
    expect(evaluationEvents.storageOf(fixtures.ecfRecorded('CCP1'))).toEqual({ schemaVersion: 2, decision: { rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-CONTINUOUS'] } });
    expect(evaluationEvents.storageOf(fixtures.pairRecorded('CCP1'))).toEqual({ schemaVersion: 2, decision: { rulebookId: 'seed-2009', ruleIds: ['CCP-PAIR'] } });
    for (const event of [fixtures.pathwayRecorded(), fixtures.dsppSubmitted(), fixtures.scheduled('pa-1'), fixtures.practicalRecorded('pa-1')]) {
      expect(evaluationEvents.storageOf(event)).toEqual({ schemaVersion: 1 });
    }
  });

  it('reads a CCP-PAIR evaluation stored before the trace (version 1) upcast to it: its verdict kept, its facts unknown', () => {
    const { trace: _trace, ...rest } = fixtures.pairRecorded('CCP1').data as Record<string, unknown>;
    const v1 = { ...rest, rulebookId: 'seed-2009', ruleIds: ['CCP-PAIR'], ruleOutcome: { ruleId: 'CCP-PAIR', passed: true, explanation: { fr: 'ok', en: 'ok' } } };
    expect(evaluationEvents.read({ type: 'CcpPairAssessmentRecorded', schemaVersion: 1, data: v1 })).toMatchObject({
      ok: true,
      value: { data: { ccpCode: 'CCP1', trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'CCP-PAIR', facts: FACTS_UNKNOWN, passed: true, explanation: { fr: 'ok', en: 'ok' } }], evidence: [], reads: [] } } },
    });
  });

  it('reads an ECF stored before the trace (version 1) upcast to it: the rule by id, its facts and verdict unknown', () => {
    const { trace: _trace, ...rest } = fixtures.ecfRecorded('CCP1').data as Record<string, unknown>;
    const v1 = { ...rest, rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-CONTINUOUS'] };
    expect(evaluationEvents.read({ type: 'TrainingEvaluationRecorded', schemaVersion: 1, data: v1 })).toEqual({
      ok: true,
      value: {
        type: 'TrainingEvaluationRecorded',
        data: { ...rest, trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'EVIDENCE-CONTINUOUS', subject: null, facts: FACTS_UNKNOWN, passed: null, explanation: null, details: null }], evidence: [], reads: [] } },
      },
    });
  });

  it('reads an evidence status stored before the trace (version 1) upcast to it, and refuses a v2 verdict left unknown beside known facts', () => {
    const v1 = {
      candidateId: 'c-1',
      pathwayId: 'p-1',
      titleCode: 'TP-00495',
      pathwayType: 'vae',
      rulebookId: 'seed-2009',
      ruleIds: ['EVIDENCE-VAE'],
      complete: false,
      present: [],
      missing: [{ key: 'dspp:CCP1', fr: 'DSPP', en: 'DSPP' }],
      changedOn: '2025-01-06',
    };
    expect(evaluationEvents.read({ type: 'EvidenceCompletenessChanged', schemaVersion: 1, data: v1 })).toMatchObject({
      ok: true,
      value: { data: { complete: false, trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'EVIDENCE-VAE', facts: FACTS_UNKNOWN, passed: null }], evidence: [], reads: [] } } },
    });
    const { rulebookId: _r, ruleIds: _i, ...rest } = v1;
    const forged = { ...rest, trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'EVIDENCE-VAE', subject: null, facts: { titleCcpCodes: [] }, passed: null, explanation: null, details: null }], evidence: [], reads: [] } };
    expect(evaluationEvents.read({ type: 'EvidenceCompletenessChanged', schemaVersion: 2, data: forged })).toMatchObject({ ok: false });
  });

  it('reads back every event the decider emits, through JSON, unchanged, and refuses malformed data', () => {
    const life = aWholeEvaluation();
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(evaluationEvents.types));
    for (const event of life) {
      const stored = { type: event.type, schemaVersion: evaluationEvents.storageOf(event).schemaVersion, data: JSON.parse(JSON.stringify(event.data)) as unknown };
      expect(evaluationEvents.read(stored)).toEqual({ ok: true, value: event });
    }
    const dspp = fixtures.dsppSubmitted();
    expect(evaluationEvents.read({ type: dspp.type, schemaVersion: 1, data: { ...dspp.data, supersedes: undefined } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
  });
});

describe('assessorEvents (the catalogue of assessor events)', () => {
  it("declares the assessor's names personal, exactly the fields typed Personal and accepting REDACTED, sealed under the assessor", () => {
    const descriptor = assessorEvents.descriptorOf('AssessorRegistered');
    expect(sorted(fieldsAcceptingRedacted(descriptor.schema))).toEqual(['familyName', 'givenNames']);
    expect(sorted(descriptor.personal?.fields ?? [])).toEqual(['familyName', 'givenNames']);
    const [registered] = theAssessors().trainer.events;
    if (!registered) throw new Error('no registration');
    expect(assessorEvents.storageOf(registered)).toEqual({ schemaVersion: 1, personal: { subjectId: 'a-trainer', fields: ['familyName', 'givenNames'] } });
  });

  it('reads back a registration unchanged', () => {
    for (const event of [...theAssessors().trainer.events, ...theAssessors().professional.events]) {
      expect(assessorEvents.read({ type: event.type, schemaVersion: 1, data: JSON.parse(JSON.stringify(event.data)) as unknown })).toEqual({ ok: true, value: event });
    }
  });
});
