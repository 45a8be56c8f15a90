import { minutesHashOf, type ScheduledSession } from '@titrepro/domain-jury';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import { sessionPublicView, sessionPublicViewOf } from './session-public-view';

const rule = (ruleId: string, subject: string | null, passed = true): RuleApplication =>
  ({ ruleId, subject, passed, facts: { secret: 'facts stay in the event' }, explanation: { fr: `${ruleId} fr`, en: `${ruleId} en` }, details: {} }) as unknown as RuleApplication;

const source = { eventId: 'e-1', region: 'idf' };

/** A sealed title session: two members, two candidates, one decided and rectified, one convened only. */
const sealedSession = (): ScheduledSession => {
  const unsealed: ScheduledSession = {
    status: 'scheduled',
    session: { sessionId: 's-1', region: 'idf', titleCode: 'TP-00495', date: '2026-06-16', kind: 'title', ccsCode: null, scheduledOn: '2026-05-01' },
    jury: {
      members: [
        { memberId: 'm-1', region: 'idf', titleCodes: ['TP-00495'], assessorId: 'a-secret' },
        { memberId: 'm-2', region: 'idf', titleCodes: ['TP-00495'], assessorId: null },
      ],
      presidentId: 'm-1',
      rulebookId: 'seed-2009',
      constitutedOn: '2026-05-02',
    },
    convocations: [
      {
        candidateId: 'c-1',
        pathwayId: 'p-1',
        pathwayType: 'vae',
        ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
        evidence: { status: { pathwayId: 'p-1', rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-VAE'], complete: true, present: [], missing: [], source }, records: [] },
        fileRef: { streamId: 'juryfile-c-1', revision: 7 },
        convenedOn: '2026-05-03',
      },
      { candidateId: 'c-2', pathwayId: 'p-2', pathwayType: 'continuous-training', ccpCodes: ['CCP1'], evidence: null, fileRef: { streamId: 'juryfile-c-2', revision: 2 }, convenedOn: '2026-05-04' },
    ],
    interviews: [{ candidateId: 'c-1', memberId: 'm-2', heldOn: '2026-06-16' }],
    decisions: [
      {
        decisionId: 'd-2',
        candidateId: 'c-1',
        outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] },
        ccpCodesAwarded: ['CCP1'],
        ccsCode: null,
        rulebookId: 'seed-2009',
        ruleApplications: [rule('JURY-PROFESSIONALS', 'c-1'), rule('TITLE-ALL-CCPS', null, false)],
        recordedBy: 'm-1',
        revises: 'd-1',
        decidedOn: '2026-06-16',
        rectifications: [],
      },
    ],
    supersededDecisionIds: ['d-1'],
    approvals: [],
    sealed: null,
    conflicts: [{ memberId: 'm-3', candidateId: 'c-2', declaredOn: '2026-05-05' }],
  };
  const minutesHash = minutesHashOf(unsealed);
  return {
    ...unsealed,
    decisions: unsealed.decisions.map((decision) => ({
      ...decision,
      rectifications: [
        { rectificationId: 'r-1', outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] }, ccpCodesAwarded: ['CCP1', 'CCP2'], ccsCode: null, reason: 'Erreur de report', rectifiedBy: 'officer@idf', rectifiedOn: '2026-07-01' },
      ],
    })),
    approvals: [
      { memberId: 'm-1', minutesHash, approvedOn: '2026-06-16' },
      { memberId: 'm-2', minutesHash: 'an-older-hash', approvedOn: '2026-06-16' },
    ],
    sealed: { minutesHash, sealedBy: 'officer@idf', sealedOn: '2026-06-17' },
  };
};

describe('GET /sessions/:sessionId, its public view', () => {
  it('shows the session candidate by candidate: convocation, interview, decision with its rules, rectifications', () => {
    const view = sessionPublicViewOf(sealedSession());
    expect(view).toMatchObject({ sessionId: 's-1', region: 'idf', titleCode: 'TP-00495', kind: 'title', ccsCode: null, date: '2026-06-16', scheduledOn: '2026-05-01' });
    expect(view.jury).toEqual({ memberIds: ['m-1', 'm-2'], presidentId: 'm-1', rulebookId: 'seed-2009', constitutedOn: '2026-05-02' });
    expect(view.candidates).toEqual([
      {
        candidateId: 'c-1',
        pathwayId: 'p-1',
        pathwayType: 'vae',
        ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
        convenedOn: '2026-05-03',
        evidenceComplete: true,
        interview: { memberId: 'm-2', heldOn: '2026-06-16' },
        conflicts: [],
        decision: expect.objectContaining({
          decisionId: 'd-2',
          outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] },
          currentOutcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
          revises: 'd-1',
          rules: [
            { ruleId: 'JURY-PROFESSIONALS', subject: 'c-1', passed: true, explanation: { fr: 'JURY-PROFESSIONALS fr', en: 'JURY-PROFESSIONALS en' } },
            { ruleId: 'TITLE-ALL-CCPS', subject: null, passed: false, explanation: { fr: 'TITLE-ALL-CCPS fr', en: 'TITLE-ALL-CCPS en' } },
          ],
          rectifications: [expect.objectContaining({ rectificationId: 'r-1', reason: 'Erreur de report', rectifiedOn: '2026-07-01' })],
        }),
      },
      { candidateId: 'c-2', pathwayId: 'p-2', pathwayType: 'continuous-training', ccpCodes: ['CCP1'], convenedOn: '2026-05-04', evidenceComplete: null, interview: null, conflicts: [{ memberId: 'm-3', declaredOn: '2026-05-05' }], decision: null },
    ]);
  });

  it('names the members whose latest approval is of the sealed minutes, and the seal', () => {
    const state = sealedSession();
    const view = sessionPublicViewOf(state);
    expect(view.minutes).toEqual({ hash: state.sealed?.minutesHash, approvedBy: [{ memberId: 'm-1', approvedOn: '2026-06-16' }], sealed: { sealedBy: 'officer@idf', sealedOn: '2026-06-17' } });
  });

  it('shows no member facts, evidence records, file references, rule facts or replaced decision ids', () => {
    const text = JSON.stringify(sessionPublicViewOf(sealedSession()));
    for (const internal of ['a-secret', 'assessorId', 'juryfile-c-1', 'fileRef', 'facts stay in the event', 'supersededDecisionIds', '"status"', 'e-1']) expect(text).not.toContain(internal);
  });

  it('is what its OpenAPI schema documents, exactly', () => {
    const view = sessionPublicViewOf(sealedSession());
    expect(sessionPublicView.strict().safeParse(view).success).toBe(true);
    expect(sessionPublicView.parse(view)).toEqual(view);
  });

  it('shows an unconstituted, unsealed session with the hash of its minutes so far', () => {
    const state: ScheduledSession = { ...sealedSession(), jury: null, decisions: [], interviews: [], approvals: [], sealed: null };
    const view = sessionPublicViewOf(state);
    expect(view.jury).toBeNull();
    expect(view.minutes).toEqual({ hash: minutesHashOf(state), approvedBy: [], sealed: null });
    expect(view.candidates.map((candidate) => candidate.decision)).toEqual([null, null]);
  });
});
