import type { CandidateEvent } from '../events/candidate-event-catalogue';
import { CANDIDATE, on, registered, spec } from '../spec-support/candidate-fixtures';
import type { IssueLinkCode, LinkCandidateSignIn } from './link-sign-in.command';

const CODE = 'a'.repeat(64);
const OTHER_CODE = 'b'.repeat(64);
const SUBJECT = 'c'.repeat(64);
const EXPIRES = '2025-03-24T10:00:00.000Z';

const issue = (codeDigest = CODE): IssueLinkCode => ({
  type: 'IssueLinkCode',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', codeDigest, expiresAt: EXPIRES },
});
const link = (codeDigest = CODE, subjectDigest = SUBJECT): LinkCandidateSignIn => ({
  type: 'LinkCandidateSignIn',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', codeDigest, subjectDigest },
});
const issued = (codeDigest = CODE): CandidateEvent => ({ type: 'CandidateLinkCodeIssued', data: { candidateId: CANDIDATE, codeDigest, expiresAt: EXPIRES } });
const linked = (subjectDigest = SUBJECT): CandidateEvent => ({ type: 'CandidateSignInLinked', data: { candidateId: CANDIDATE, subjectDigest, linkedOn: '2025-03-11' } });

describe('IssueLinkCode and LinkCandidateSignIn (decider)', () => {
  it('issues a code for a registered candidate of the acting region', () => {
    expect(spec.given([registered()]).when(issue(), on('2025-03-10'))).toEqual({ ok: true, value: [issued()] });
  });

  it('refuses a code for another region’s candidate', () => {
    expect(spec.given([registered({ region: 'bre' })]).when(issue(), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('links a sign-in with the active code, dated the day of linking', () => {
    expect(spec.given([registered(), issued()]).when(link(), on('2025-03-11'))).toEqual({ ok: true, value: [linked()] });
  });

  it('refuses a code that is not the active one: a new code replaces the old (LINK-CODE)', () => {
    expect(spec.given([registered(), issued(), issued(OTHER_CODE)]).when(link(CODE), on('2025-03-11'))).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: expect.stringContaining('LINK-CODE:') },
    });
  });

  it('refuses a used code (LINK-CODE-ONCE)', () => {
    expect(spec.given([registered(), issued(), linked()]).when(link(CODE, 'd'.repeat(64)), on('2025-03-11'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('LINK-CODE-ONCE') },
    });
  });

  it('refuses an expired code (LINK-CODE-EXPIRED)', () => {
    expect(spec.given([registered(), issued()]).when(link(), on('2025-03-25'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('LINK-CODE-EXPIRED') },
    });
  });

  it('refuses the same sign-in twice, even with a fresh code (SIGN-IN-LINK-ONCE)', () => {
    expect(spec.given([registered(), issued(), linked(), issued(OTHER_CODE)]).when(link(OTHER_CODE), on('2025-03-11'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('SIGN-IN-LINK-ONCE') },
    });
  });

  it('links a second sign-in with a fresh code', () => {
    expect(spec.given([registered(), issued(), linked(), issued(OTHER_CODE)]).when(link(OTHER_CODE, 'd'.repeat(64)), on('2025-03-11'))).toMatchObject({ ok: true });
  });

  it('refuses an erased candidate', () => {
    const erased: CandidateEvent = { type: 'CandidatePersonalDataErased', data: { candidateId: CANDIDATE, erasedOn: '2025-03-10' } };
    expect(spec.given([registered(), issued(), erased]).when(link(), on('2025-03-11'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});
