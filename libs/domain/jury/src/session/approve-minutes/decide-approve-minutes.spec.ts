import { aFile, approve, BEFORE, constitute, convene, deliberate, M1, M2, member, notAwarded, play, schedule, SESSION_DAY, spec, TITLE_AWARDED } from '../../spec-support/session-fixtures';
import { hashAfter } from '../../spec-support/session-whole-life';
import { parseApproveMinutes } from './approve-minutes.command';

const convened = () => play([[schedule(), BEFORE], [constitute([M1, M2]), BEFORE], [convene(aFile()), BEFORE]]);
const deliberated = () => play([[deliberate(TITLE_AWARDED), SESSION_DAY]], convened());

describe('ApproveMinutes (decider)', () => {
  it('records a member’s approval of the minutes they read', () => {
    const history = deliberated();
    const hash = hashAfter(history);
    expect(spec.given(history).when(approve('m-2', hash), SESSION_DAY)).toEqual({
      ok: true,
      value: [{ type: 'MinutesApproved', data: { sessionId: 's-1', memberId: 'm-2', minutesHash: hash, approvedOn: '2025-06-16' } }],
    });
  });

  it('refuses a stale hash: the minutes changed since they were read', () => {
    const history = deliberated();
    const stale = hashAfter(history);
    const revised = play([[deliberate(notAwarded(), aFile(), { decisionId: 'd-2', revises: 'd-c-1' }), SESSION_DAY]], history);
    expect(spec.given(revised).when(approve('m-1', stale), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `the minutes changed since they were read: their hash is now ${hashAfter(revised)}` },
    });
  });

  it('refuses minutes with a convened candidate still undecided, naming them', () => {
    const history = convened();
    expect(spec.given(history).when(approve('m-1', hashAfter(history)), SESSION_DAY)).toEqual({ ok: false, error: { kind: 'conflict', message: 'no decision yet for candidate(s) c-1' } });
  });

  it('refuses a member who does not sit on the jury, and the same approval twice', () => {
    const history = deliberated();
    const hash = hashAfter(history);
    expect(spec.given(history).when(approve(member('m-9').memberId, hash), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(spec.given(play([[approve('m-1', hash), SESSION_DAY]], history)).when(approve('m-1', hash), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('parseApproveMinutes', () => {
  it('refuses a hash that is not a SHA-256, naming it', () => {
    expect(parseApproveMinutes({ sessionId: 's-1', memberId: 'm-1', minutesHash: 'abc' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'minutesHash' } });
  });
});
