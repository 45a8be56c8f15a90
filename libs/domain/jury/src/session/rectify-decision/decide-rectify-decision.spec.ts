import { aFile, BEFORE, on, constitute, convene, deliberate, errorOf, heldCcp, M1, M2, notAwarded, play, rectify, schedule, SESSION_DAY, spec, TITLE_AWARDED } from '../../spec-support/session-fixtures';
import { approvedAndSealed } from '../../spec-support/session-whole-life';
import { parseRectifyDecision } from './rectify-decision.command';

const deliberated = () => play([[schedule(), BEFORE], [constitute([M1, M2]), BEFORE], [convene(aFile()), BEFORE], [deliberate(notAwarded('CCP1')), SESSION_DAY]]);
/** After sealing, the candidate's file holds the CCP the decision awarded. */
const fileAfterSeal = aFile({ ccpsHeld: [heldCcp('CCP1', '2025-06-16', 'd-c-1')] });

describe('RectifyDecision (decider)', () => {
  it('rectifies a sealed decision, applying the rules again as of the session date', () => {
    const sealed = approvedAndSealed(deliberated());
    expect(spec.given(sealed).when(rectify('d-c-1', notAwarded('CCP1', 'CCP2'), fileAfterSeal), on('2026-01-05'))).toMatchObject({
      ok: true,
      value: [
        {
          type: 'DecisionRectified',
          data: {
            rectificationId: 'r-1',
            decisionId: 'd-c-1',
            sessionId: 's-1',
            candidateId: 'c-1',
            pathwayId: 'p-1',
            previousOutcome: notAwarded('CCP1'),
            outcome: notAwarded('CCP1', 'CCP2'),
            ccpCodesAwarded: ['CCP1', 'CCP2'],
            reason: 'Erreur matérielle dans la saisie du jury.',
            rulebookId: 'seed-2009',
            ruleApplications: [
              { ruleId: 'JURY-OUTCOME', passed: true },
              // The decision's own CCP1 is left out: the rectified award replaces it.
              { ruleId: 'CAPITALISATION-WINDOW', passed: true, facts: { ccpsObtained: [], on: '2025-06-16' } },
            ],
            rectifiedBy: 'officer-1',
            rectifiedOn: '2026-01-05',
            decidedOn: '2025-06-16',
          },
        },
      ],
    });
  });

  it('refuses a rectified outcome the rules refuse', () => {
    const sealed = approvedAndSealed(deliberated());
    expect(errorOf(spec.given(sealed).when(rectify('d-c-1', notAwarded('CCP4'), fileAfterSeal), SESSION_DAY))).toMatchObject({ kind: 'rule-violation', ruleId: 'JURY-OUTCOME' });
  });

  it('refuses to rectify before sealing: the jury revises its deliberation instead', () => {
    expect(spec.given(deliberated()).when(rectify('d-c-1', TITLE_AWARDED), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'the minutes of session s-1 are not sealed: revise the deliberation instead' },
    });
  });

  it('refuses an unknown decision, the same outcome again, and a reused rectification id', () => {
    const sealed = approvedAndSealed(deliberated());
    expect(spec.given(sealed).when(rectify('d-9', TITLE_AWARDED), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'decision', id: 'd-9' } });
    expect(spec.given(sealed).when(rectify('d-c-1', notAwarded('CCP1'), fileAfterSeal), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const rectified = play([[rectify('d-c-1', TITLE_AWARDED, fileAfterSeal), SESSION_DAY]], sealed);
    expect(spec.given(rectified).when(rectify('d-c-1', notAwarded(), fileAfterSeal), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict', message: 'rectification r-1 already exists' } });
    expect(spec.given(rectified).when(rectify('d-c-1', notAwarded(), fileAfterSeal, 'r-2'), SESSION_DAY)).toMatchObject({ ok: true, value: [{ data: { previousOutcome: TITLE_AWARDED } }] });
  });

  it('keeps the sealed minutes as they were, the rectification beside them', () => {
    const sealed = approvedAndSealed(deliberated());
    const rectified = play([[rectify('d-c-1', TITLE_AWARDED, fileAfterSeal), SESSION_DAY]], sealed);
    expect(spec.given(rectified).state()).toMatchObject({ decisions: [{ decisionId: 'd-c-1', outcome: notAwarded('CCP1'), rectifications: [{ rectificationId: 'r-1', outcome: TITLE_AWARDED }] }] });
  });
});

describe('parseRectifyDecision', () => {
  const input = { sessionId: 's-1', decisionId: 'd-1', rectificationId: 'r-1', officerId: 'o-1', reason: 'Erreur.', outcome: TITLE_AWARDED, file: aFile(), fileRef: { streamId: 'x', revision: 1 } };
  it.each([
    ['reason', { reason: '   ' }],
    ['reason', { reason: 'x'.repeat(2001) }],
    ['reason', { reason: undefined }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseRectifyDecision({ ...input, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
  it('accepts a reason of several lines', () => {
    expect(parseRectifyDecision({ ...input, reason: 'Ligne 1\nLigne 2' }).ok).toBe(true);
  });
});
