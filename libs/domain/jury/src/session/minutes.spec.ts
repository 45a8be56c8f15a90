import { canonicalJson, minutesHashOf, minutesOf } from './minutes';
import { BEFORE, constitute, convene, deliberate, fileOn, M1, M2, notAwarded, play, schedule, SESSION_DAY, TITLE_AWARDED } from '../spec-support/session-fixtures';
import { scheduledState } from '../spec-support/session-whole-life';

const A = fileOn('continuous-training', { candidateId: 'c-a' });
const B = fileOn('continuous-training', { candidateId: 'c-b' });

const deliberated = () =>
  play([
    [schedule(), BEFORE],
    [convene(B), BEFORE],
    [convene(A), BEFORE],
    [constitute([M2, M1], [A, B]), BEFORE],
    [deliberate(notAwarded('CCP1'), B), SESSION_DAY],
    [deliberate(TITLE_AWARDED, A), SESSION_DAY],
  ]);

describe('minutesOf / minutesHashOf (the procès-verbal members approve)', () => {
  it('lists the members sorted and the decisions by candidate, with their rules and verdicts', () => {
    expect(minutesOf(scheduledState(deliberated()))).toEqual({
      sessionId: 's-1',
      region: 'idf',
      titleCode: 'TP-00495',
      ccsCode: null,
      date: '2025-06-16',
      kind: 'title',
      members: ['m-1', 'm-2'],
      decisions: [
        {
          candidateId: 'c-a',
          decisionId: 'd-c-a',
          outcome: { kind: 'title-awarded' },
          ccpCodesAwarded: ['CCP1', 'CCP2', 'CCP3'],
          ccsCode: null,
          rules: [{ ruleId: 'JURY-OUTCOME', subject: null, passed: true }],
        },
        {
          candidateId: 'c-b',
          decisionId: 'd-c-b',
          outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] },
          ccpCodesAwarded: ['CCP1'],
          ccsCode: null,
          rules: [
            { ruleId: 'JURY-OUTCOME', subject: null, passed: true },
            { ruleId: 'CAPITALISATION-WINDOW', subject: null, passed: true },
          ],
        },
      ],
    });
  });

  it('hashes the same content the same way, whatever the order things happened in, and changes with a revision', () => {
    const hash = minutesHashOf(scheduledState(deliberated()));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const otherOrder = play([
      [schedule(), BEFORE],
      [convene(A), BEFORE],
      [convene(B), BEFORE],
      [constitute([M1, M2], [A, B]), BEFORE],
      [deliberate(TITLE_AWARDED, A), SESSION_DAY],
      [deliberate(notAwarded('CCP1'), B), SESSION_DAY],
    ]);
    expect(minutesHashOf(scheduledState(otherOrder))).toBe(hash);
    const revised = play([[deliberate(notAwarded('CCP1'), B, { decisionId: 'd-c-b-2', revises: 'd-c-b' }), SESSION_DAY]], deliberated());
    expect(minutesHashOf(scheduledState(revised))).not.toBe(hash);
  });

  it('writes canonical JSON: keys sorted at every level', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});
