import {
  aFile,
  approve,
  BEFORE,
  constitute,
  convene,
  deliberate,
  fileOn,
  heldCcp,
  M1,
  M2,
  notAwarded,
  play,
  schedule,
  seal,
  SESSION_DAY,
  spec,
  TITLE_AWARDED,
} from '../../spec-support/session-fixtures';
import { approvedAndSealed, hashAfter } from '../../spec-support/session-whole-life';

const A = aFile({ candidateId: 'c-a' });
const B = fileOn('vae', { candidateId: 'c-b' });
const deliberated = () =>
  play([
    [schedule(), BEFORE],
    [constitute([M1, M2]), BEFORE],
    [convene(B), BEFORE],
    [convene(A), BEFORE],
    [deliberate(notAwarded('CCP2'), B), SESSION_DAY],
    [deliberate(TITLE_AWARDED, A), SESSION_DAY],
  ]);
const approvedByAll = () => {
  const history = deliberated();
  const hash = hashAfter(history);
  return play([[approve('m-1', hash), SESSION_DAY], [approve('m-2', hash), SESSION_DAY]], history);
};

describe('SealMinutes (decider)', () => {
  it('seals minutes every member approved, then publishes each decision’s awards, by candidate', () => {
    const history = approvedByAll();
    const hash = hashAfter(history);
    expect(spec.given(history).when(seal(), SESSION_DAY)).toEqual({
      ok: true,
      value: [
        {
          type: 'MinutesSealed',
          data: {
            sessionId: 's-1',
            region: 'idf',
            titleCode: 'TP-00495',
            sessionKind: 'title',
            date: '2025-06-16',
            minutesHash: hash,
            members: ['m-1', 'm-2'],
            decisions: [
              { decisionId: 'd-c-a', candidateId: 'c-a', outcome: TITLE_AWARDED },
              { decisionId: 'd-c-b', candidateId: 'c-b', outcome: notAwarded('CCP2') },
            ],
            sealedBy: 'officer-1',
            sealedOn: '2025-06-16',
          },
        },
        {
          type: 'TitleAwarded',
          data: { decisionId: 'd-c-a', sessionId: 's-1', region: 'idf', candidateId: 'c-a', titleCode: 'TP-00495', pathwayId: 'p-1', ccpCodes: ['CCP1', 'CCP2', 'CCP3'], decidedOn: '2025-06-16', rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME'] },
        },
        {
          type: 'TitleNotAwarded',
          data: { decisionId: 'd-c-b', sessionId: 's-1', region: 'idf', candidateId: 'c-b', titleCode: 'TP-00495', pathwayId: 'p-1', ccpCodes: ['CCP2'], decidedOn: '2025-06-16', rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'] },
        },
        {
          type: 'CcpAwarded',
          data: { decisionId: 'd-c-b', sessionId: 's-1', region: 'idf', candidateId: 'c-b', titleCode: 'TP-00495', pathwayId: 'p-1', ccpCodes: ['CCP2'], decidedOn: '2025-06-16', rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'] },
        },
      ],
    });
  });

  it('refuses to seal while a member has not approved the current minutes, naming them', () => {
    const history = deliberated();
    const approvedByOne = play([[approve('m-1', hashAfter(history)), SESSION_DAY]], history);
    expect(spec.given(approvedByOne).when(seal(), SESSION_DAY)).toEqual({ ok: false, error: { kind: 'conflict', message: 'the current minutes are not approved by member(s) m-2' } });
  });

  it('no longer counts approvals of minutes a revision changed', () => {
    const revised = play([[deliberate(TITLE_AWARDED, A, { decisionId: 'd-c-a-2', revises: 'd-c-a' }), SESSION_DAY]], approvedByAll());
    expect(spec.given(revised).when(seal(), SESSION_DAY)).toEqual({ ok: false, error: { kind: 'conflict', message: 'the current minutes are not approved by member(s) m-1, m-2' } });
  });

  it('refuses to seal twice, with an undecided candidate, or with nobody convened', () => {
    const sealed = approvedAndSealed(deliberated());
    expect(spec.given(sealed).when(seal(), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('were sealed on 2025-06-16') as string } });
    const undecided = play([[convene(aFile({ candidateId: 'c-late' })), SESSION_DAY]], deliberated());
    expect(spec.given(undecided).when(seal(), SESSION_DAY)).toEqual({ ok: false, error: { kind: 'conflict', message: 'no decision yet for candidate(s) c-late' } });
    expect(spec.given(play([[schedule(), BEFORE], [constitute(), BEFORE]])).when(seal(), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict', message: 'no candidate is convened to session s-1' } });
  });

  it('awards CCPs in a CCP session without a TitleNotAwarded', () => {
    const holder = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] });
    const history = play([
      [schedule({ kind: 'ccp' }), BEFORE],
      [constitute([M1, M2]), BEFORE],
      [convene(holder), BEFORE],
      [deliberate(notAwarded('CCP2', 'CCP3'), holder), SESSION_DAY],
    ]);
    const sealed = approvedAndSealed(history).slice(history.length + 2);
    expect(sealed.map((event) => event.type)).toEqual(['MinutesSealed', 'CcpAwarded']);
  });
});
