import { foldEvents, isRedacted } from '@titrepro/domain-kernel';
import type { DecideVaeAdmissibility } from './decide-vae-admissibility/decide-vae-admissibility.command';
import { asErased } from './spec-support/as-erased';
import { decider, on } from './spec-support/candidate-fixtures';
import { aWholeLifeByRegion, PERSONAL } from './spec-support/whole-life';

describe('evolveCandidate', () => {
  it('never reads personal data: a history whose personal fields are all REDACTED leads to the same states as the clear one', () => {
    for (const clear of Object.values(aWholeLifeByRegion())) {
      const erased = clear.map(asErased);
      expect(erased.every((event) => !('familyName' in event.data) || isRedacted(event.data.familyName))).toBe(true);
      for (let length = 1; length <= clear.length; length += 1) {
        expect(foldEvents(decider, erased.slice(0, length))).toEqual(foldEvents(decider, clear.slice(0, length)));
      }
    }
  });

  it('keeps no personal value in the state', () => {
    for (const stream of Object.values(aWholeLifeByRegion())) {
      const state = JSON.stringify(foldEvents(decider, stream));
      for (const value of [PERSONAL.familyName, PERSONAL.email, PERSONAL.organisation, PERSONAL.reason, PERSONAL.refusal]) expect(state).not.toContain(value);
    }
  });

  it('lets a decision be re-run after erasure: the same command on the REDACTED history decides the same', () => {
    const clear = aWholeLifeByRegion().idf;
    const admission = clear.findIndex((event) => event.type === 'VaeAdmissibilityDecided' && event.data.outcome === 'admissible');
    const before = clear.slice(0, admission);
    const command: DecideVaeAdmissibility = { type: 'DecideVaeAdmissibility', data: { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-vae', outcome: 'admissible' } };
    const onDecisionDay = on('2025-02-17');
    const rerun = decider.decide(command, foldEvents(decider, before.map(asErased)), onDecisionDay);
    expect(rerun).toEqual(decider.decide(command, foldEvents(decider, before), onDecisionDay));
    expect(rerun).toEqual({ ok: true, value: [clear[admission]] });
  });
});
