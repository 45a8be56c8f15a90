import { CONTRACTS } from '../all-contracts';
import { CapitalisationWindowClosedV1, DecisionRectifiedV1, MinutesSealedV1, TitleAwardedV1 } from '.';

const decision = { candidateId: 'c-42', decisionId: 'd-1', sessionId: 's-1', region: 'bre', titleCode: 'TP-00495' };

describe('jury contracts', () => {
  it('publishes a title award with the decision date as a calendar day and the CCPs it covers', () => {
    const payload = (changed: object) => ({
      ...decision,
      pathwayId: 'p-1',
      ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
      decidedOn: '2026-11-25',
      rulebookId: 'seed-2009',
      ruleIds: ['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION'],
      awardedAt: '2026-11-26T10:00:00.000Z',
      ...changed,
    });
    expect(CONTRACTS.check(TitleAwardedV1.type, 1, payload({}))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(TitleAwardedV1.type, 1, payload({ ccpCodes: [] }))).toMatchObject({ ok: false, reason: 'invalid-payload' });
    expect(CONTRACTS.check(TitleAwardedV1.type, 1, payload({ decidedOn: '2026-11-25T00:00:00Z' }))).toMatchObject({ ok: false });
  });

  it('seals minutes with a SHA-256 and names an outcome the jury may give', () => {
    const payload = (changed: object) => ({
      ...decision,
      sessionKind: 'ccp',
      sessionDate: '2026-11-25',
      outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] },
      minutesHash: 'b'.repeat(64),
      memberIds: ['m-1', 'm-2'],
      sealedAt: '2026-11-26T10:00:00.000Z',
      ...changed,
    });
    expect(CONTRACTS.check(MinutesSealedV1.type, 1, payload({}))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(MinutesSealedV1.type, 1, payload({ outcome: { kind: 'absent' } }))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(MinutesSealedV1.type, 1, payload({ outcome: { kind: 'deferred' } }))).toMatchObject({ ok: false });
    expect(CONTRACTS.check(MinutesSealedV1.type, 1, payload({ minutesHash: 'not-a-hash' }))).toMatchObject({ ok: false });
  });

  it('carries no free text in a rectification: the reason stays in the jury service', () => {
    const payload = {
      ...decision,
      rectificationId: 'r-1',
      previousOutcome: { kind: 'title-awarded' },
      outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] },
      ccpCodesAwarded: ['CCP1'],
      ccsCode: null,
      decidedOn: '2026-11-25',
      rectifiedOn: '2026-12-01',
      rulebookId: 'seed-2009',
      ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'],
      rectifiedAt: '2026-12-01T08:00:00.000Z',
      reason: 'erreur de saisie',
    };
    const checked = CONTRACTS.check(DecisionRectifiedV1.type, 1, payload);
    expect(checked).toMatchObject({ ok: true });
    expect(checked.ok && 'reason' in (checked.payload as object)).toBe(false);
  });

  it('announces a closed capitalisation window only with something missing', () => {
    const payload = (missingCcpCodes: string[]) => ({
      candidateId: 'c-42',
      titleCode: 'TP-00495',
      region: 'bre',
      windowStart: '2020-06-01',
      windowEnd: '2025-06-01',
      ccpCodesHeld: ['CCP1'],
      missingCcpCodes,
      rulebookId: 'seed-2009',
      closedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(CONTRACTS.check(CapitalisationWindowClosedV1.type, 1, payload(['CCP2', 'CCP3']))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(CapitalisationWindowClosedV1.type, 1, payload([]))).toMatchObject({ ok: false });
  });
});
