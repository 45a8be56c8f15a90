import { CONTRACTS } from '../all-contracts';
import { CcpPairAssessmentRecordedV1, DsppSubmittedV1, PracticalAssessmentRecordedV1 } from '.';

const ids = { candidateId: 'c-42', pathwayId: 'p-1', titleCode: 'TP-00495' };
const sha256 = 'a'.repeat(64);

describe('evaluation contracts', () => {
  it('accepts a DSPP submission of hashed documents, the first one superseding nothing', () => {
    const payload = {
      ...ids,
      submissionId: 's-1',
      supersedes: null,
      documents: [{ ccpCode: 'CCP1', documentId: 'd-1', sha256, size: 12_345, mediaType: 'application/pdf' }],
      submittedAt: '2026-01-05T09:00:00.000Z',
    };
    expect(CONTRACTS.check(DsppSubmittedV1.type, 1, payload)).toMatchObject({ ok: true });
  });

  it('refuses a document whose hash is not SHA-256 hex or whose type the service does not accept', () => {
    const document = { ccpCode: 'CCP1', documentId: 'd-1', sha256, size: 1, mediaType: 'application/pdf' };
    const payload = (changed: object) => ({ ...ids, submissionId: 's-1', supersedes: null, documents: [{ ...document, ...changed }], submittedAt: '2026-01-05T09:00:00.000Z' });
    expect(CONTRACTS.check(DsppSubmittedV1.type, 1, payload({ sha256: 'A'.repeat(64) }))).toMatchObject({ ok: false, reason: 'invalid-payload' });
    expect(CONTRACTS.check(DsppSubmittedV1.type, 1, payload({ mediaType: 'application/x-msdownload' }))).toMatchObject({ ok: false, reason: 'invalid-payload' });
  });

  it('names what a practical assessment assessed: the title synthesis, a CCP or a CCS', () => {
    const payload = (target: object) => ({
      ...ids,
      assessmentId: 'a-1',
      target,
      heldOn: '2026-01-05',
      outcomes: [{ competence: 'Assurer le support technique.', outcome: 'acquired' }],
      assessorIds: ['person-1'],
      recordedAt: '2026-01-05T17:00:00.000Z',
    });
    expect(CONTRACTS.check(PracticalAssessmentRecordedV1.type, 1, payload({ kind: 'title-synthesis' }))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(PracticalAssessmentRecordedV1.type, 1, payload({ kind: 'ccs', ccsCode: 'CCS1' }))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(PracticalAssessmentRecordedV1.type, 1, payload({ kind: 'ccp' }))).toMatchObject({ ok: false });
  });

  it('records a CCP pair assessment with exactly two assessors and a calendar date', () => {
    const payload = (changed: object) => ({
      ...ids,
      ccpCode: 'CCP2',
      outcome: 'passed',
      assessorIds: ['person-1', 'person-2'],
      rulebookId: 'seed-2009',
      ruleIds: ['CCP-PAIR'],
      assessedOn: '2026-01-05',
      recordedAt: '2026-01-05T17:00:00.000Z',
      ...changed,
    });
    expect(CONTRACTS.check(CcpPairAssessmentRecordedV1.type, 1, payload({}))).toMatchObject({ ok: true });
    expect(CONTRACTS.check(CcpPairAssessmentRecordedV1.type, 1, payload({ assessorIds: ['person-1', 'person-2', 'person-3'] }))).toMatchObject({ ok: false });
    expect(CONTRACTS.check(CcpPairAssessmentRecordedV1.type, 1, payload({ assessedOn: '2026-01-05T00:00:00Z' }))).toMatchObject({ ok: false });
  });
});
