import {
  admissible,
  aFile,
  BEFORE,
  constitute,
  convene,
  ecf,
  errorOf,
  evidenceRecord,
  evidenceStatus,
  fileOn,
  fileRef,
  heldCcp,
  heldTitle,
  M1,
  OTHER_CCS,
  OTHER_TITLE,
  pair,
  pathway,
  play,
  schedule,
  spec,
  TRAINER_MEMBER,
  TSGERI,
} from '../../spec-support/session-fixtures';
import { parseConveneCandidate } from './convene-candidate.command';

const titleSession = () => play([[schedule(), BEFORE]]);
const ccpSession = () => play([[schedule({ kind: 'ccp' }), BEFORE]]);
const ccsSession = () => play([[schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: OTHER_CCS }), BEFORE]]);

describe('ConveneCandidate (decider)', () => {
  it('convenes a continuous-training candidate whose evidence is complete, keeping the evidence on the table', () => {
    const file = aFile();
    expect(spec.given(titleSession()).when(convene(file), BEFORE)).toEqual({
      ok: true,
      value: [
        {
          type: 'CandidateConvened',
          data: {
            sessionId: 's-1',
            candidateId: 'c-1',
            pathwayId: 'p-1',
            pathwayType: 'continuous-training',
            ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
            rulebookId: 'seed-2009',
            ruleApplications: [
              {
                ruleId: 'EVIDENCE-DATED',
                subject: null,
                facts: { sessionDate: '2025-06-16', pieces: [] },
                passed: true,
                explanation: { fr: 'Toutes les pièces sont datées au plus tard du 2025-06-16.', en: 'Every piece of evidence is dated on or before 2025-06-16.' },
                details: { afterSession: [] },
              },
            ],
            evidence: { status: file.evidenceStatus[0], records: file.evidenceRecords },
            fileRef: fileRef(),
            convenedOn: '2025-06-02',
          },
        },
      ],
    });
  });

  it('refuses a continuous-training candidate with no ECF for CCP2, naming the missing piece (EVIDENCE-CONTINUOUS)', () => {
    const file = fileOn('continuous-training', {}, [ecf('CCP2')]);
    expect(spec.given(titleSession()).when(convene(file), BEFORE)).toEqual({
      ok: false,
      error: {
        kind: 'rule-violation',
        ruleId: 'EVIDENCE-CONTINUOUS',
        rulebookId: 'seed-2009',
        message: 'EVIDENCE-CONTINUOUS: Missing evidence: ECF for CCP2',
        explanation: { fr: 'Pièces manquantes : ECF pour CCP2', en: 'Missing evidence: ECF for CCP2' },
      },
    });
  });

  it('refuses a candidate the evaluation service published no evidence for, under the pathway’s evidence rule', () => {
    expect(errorOf(spec.given(titleSession()).when(convene(aFile({ evidenceStatus: [] })), BEFORE))).toMatchObject({
      kind: 'rule-violation',
      ruleId: 'EVIDENCE-CONTINUOUS',
      message: expect.stringContaining('No evidence published by the evaluation service') as string,
    });
    expect(errorOf(spec.given(titleSession()).when(convene(fileOn('vae', { evidenceStatus: [] })), BEFORE))).toMatchObject({ ruleId: 'EVIDENCE-VAE' });
  });

  it('refuses a VAE candidate without admissibility (VAE-ADMISSIBILITY), and convenes one declared admissible', () => {
    expect(errorOf(spec.given(titleSession()).when(convene(fileOn('vae', { admissibility: [] })), BEFORE))).toMatchObject({
      kind: 'rule-violation',
      ruleId: 'VAE-ADMISSIBILITY',
      message: 'VAE-ADMISSIBILITY: No admissibility notification: the candidate may not sit the session of 2025-06-16.',
    });
    expect(errorOf(spec.given(titleSession()).when(convene(fileOn('vae', { admissibility: [admissible('p-1', '2025-03-01', 'not-admissible')] })), BEFORE))).toMatchObject({
      ruleId: 'VAE-ADMISSIBILITY',
    });
    expect(spec.given(titleSession()).when(convene(fileOn('vae')), BEFORE)).toMatchObject({
      ok: true,
      value: [
        {
          data: {
            pathwayType: 'vae',
            ruleApplications: [
              { ruleId: 'VAE-ADMISSIBILITY', facts: { pathwayType: 'vae', admissibility: { outcome: 'admissible', decidedOn: '2025-03-10' }, sessionDate: '2025-06-16' }, passed: true },
              { ruleId: 'EVIDENCE-DATED', facts: { sessionDate: '2025-06-16', pieces: [] }, passed: true },
            ],
          },
        },
      ],
    });
  });

  it('judges the latest admissibility answer of the pathway', () => {
    const file = fileOn('vae', { admissibility: [admissible('p-1', '2025-01-10', 'not-admissible'), admissible('p-1', '2025-03-10')] });
    expect(spec.given(titleSession()).when(convene(file), BEFORE).ok).toBe(true);
  });

  it('refuses a candidate another region holds (forbidden, naming the home region)', () => {
    expect(spec.given(titleSession()).when(convene(aFile({ homeRegion: 'bre' })), BEFORE)).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: "candidate c-1's file is held by region bre; region idf may not convene them" },
    });
  });

  it('refuses a candidate without an open pathway towards the title', () => {
    expect(spec.given(titleSession()).when(convene(aFile({ pathways: [pathway('continuous-training', 'p-1', TSGERI, 'withdrawn')] })), BEFORE)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate c-1 has no open pathway towards ${TSGERI}` },
    });
  });

  it('convenes a discontinuous-training candidate to a CCP session for the CCPs not yet held, judging only their evidence', () => {
    const file = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] }, [pair('CCP3')]);
    expect(spec.given(ccpSession()).when(convene(file, ['CCP2']), BEFORE)).toMatchObject({ ok: true, value: [{ data: { ccpCodes: ['CCP2'], pathwayType: 'discontinuous-training' } }] });
    expect(errorOf(spec.given(ccpSession()).when(convene(file), BEFORE))).toMatchObject({
      kind: 'rule-violation',
      ruleId: 'CCP-PAIR',
      explanation: { en: 'Missing evidence: Assessment of CCP3 by the assessor pair' },
    });
  });

  it('refuses, in a CCP session, a pathway that is not discontinuous, a CCP already held and a CCP of no title', () => {
    expect(spec.given(ccpSession()).when(convene(aFile()), BEFORE)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('discontinuous-training') as string } });
    const file = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] });
    expect(spec.given(ccpSession()).when(convene(file, ['CCP2', 'CCP1']), BEFORE)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'ccpCodes[1]', message: 'CCP1 is already held (obtained on 2024-01-10)' },
    });
    expect(spec.given(ccpSession()).when(convene(file, ['CCP7']), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'ccpCodes[0]' } });
    expect(spec.given(titleSession()).when(convene(aFile(), ['CCP1']), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'ccpCodes' } });
  });

  it('refuses a CCS for a candidate without the title (CCS-REQUIRES-TITLE), and convenes a holder of it', () => {
    const withoutTitle = aFile({ pathways: [], evidenceStatus: [] });
    expect(spec.given(ccsSession()).when(convene(withoutTitle), BEFORE)).toEqual({
      ok: false,
      error: {
        kind: 'rule-violation',
        ruleId: 'CCS-REQUIRES-TITLE',
        rulebookId: 'seed-2009',
        message: `CCS-REQUIRES-TITLE: The candidate does not hold title ${OTHER_TITLE} on 2025-06-16: they may not prepare CCS ${OTHER_CCS}.`,
        explanation: {
          fr: `Le candidat n'est pas titulaire du titre ${OTHER_TITLE} au 2025-06-16 : il ne peut pas préparer le CCS ${OTHER_CCS}.`,
          en: `The candidate does not hold title ${OTHER_TITLE} on 2025-06-16: they may not prepare CCS ${OTHER_CCS}.`,
        },
      },
    });
    const holder = aFile({ pathways: [], evidenceStatus: [], titlesHeld: [heldTitle(OTHER_TITLE, '2024-01-15')] });
    expect(spec.given(ccsSession()).when(convene(holder), BEFORE)).toMatchObject({
      ok: true,
      value: [{ data: { pathwayId: null, pathwayType: null, ccpCodes: [], evidence: null, ruleApplications: [{ ruleId: 'CCS-REQUIRES-TITLE', passed: true }] } }],
    });
  });

  it("refuses a candidate trained by a member of the jury already named (JURY-PROFESSIONALS), naming the member", () => {
    const named = play([[constitute([M1, TRAINER_MEMBER]), BEFORE]], titleSession());
    const error = errorOf(spec.given(named).when(convene(aFile({ assessorIds: ['trainer-1', 'pro-1'] })), BEFORE));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'JURY-PROFESSIONALS', message: 'JURY-PROFESSIONALS: Member(s) who trained the candidate: m-trainer.' });
    expect(spec.given(named).when(convene(aFile()), BEFORE)).toMatchObject({
      ok: true,
      value: [{ data: { ruleApplications: [{ ruleId: 'EVIDENCE-DATED', passed: true }, { ruleId: 'JURY-PROFESSIONALS', subject: 'c-1', passed: true }] } }],
    });
  });

  describe('EVIDENCE-DATED: only evidence dated on or before the session counts for it', () => {
    const dspp1 = { key: 'dspp:CCP1', fr: "DSPP pour l'activité type CCP1", en: 'DSPP for activité type CCP1' };
    const fileWithDspp = (submittedOn: string) =>
      aFile({
        evidenceStatus: [{ ...evidenceStatus(), present: [dspp1] }],
        evidenceRecords: [evidenceRecord(), evidenceRecord({ kind: 'dspp', referenceId: 'sub-1', sha256s: ['a'.repeat(64)], assessorIds: [], passed: null, on: submittedOn })],
      });

    it('refuses a candidate whose DSPP was submitted after the session date, naming the rule and the piece', () => {
      expect(errorOf(spec.given(titleSession()).when(convene(fileWithDspp('2025-06-17')), BEFORE))).toEqual({
        kind: 'rule-violation',
        ruleId: 'EVIDENCE-DATED',
        rulebookId: 'seed-2009',
        message: 'EVIDENCE-DATED: Evidence dated after the session of 2025-06-16, which does not count for it: DSPP for activité type CCP1 (2025-06-17)',
        explanation: expect.objectContaining({ fr: expect.stringContaining('CCP1 (2025-06-17)') as string }) as object,
      });
    });

    it('convenes one whose DSPP was submitted on the session day, recording the dates it read', () => {
      expect(spec.given(titleSession()).when(convene(fileWithDspp('2025-06-16')), BEFORE)).toMatchObject({
        ok: true,
        value: [{ data: { ruleApplications: [{ ruleId: 'EVIDENCE-DATED', passed: true, facts: { sessionDate: '2025-06-16', pieces: [{ key: 'dspp:CCP1', datedOn: ['2025-06-16'] }] } }] } }],
      });
    });
  });

  it('refuses to convene a candidate twice, or a file of another candidate', () => {
    expect(spec.given(play([[convene(aFile()), BEFORE]], titleSession())).when(convene(aFile()), BEFORE)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const command = convene(aFile());
    const other = { ...command, data: { ...command.data, candidateId: 'c-2' } } as typeof command;
    expect(spec.given(titleSession()).when(other, BEFORE)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining("candidate c-1's") as string } });
  });

  it('uses the evidence status published for the pathway judged', () => {
    const file = aFile({ evidenceStatus: [evidenceStatus('p-other', 'continuous-training', [ecf('CCP1')]), evidenceStatus('p-1')] });
    expect(spec.given(titleSession()).when(convene(file), BEFORE).ok).toBe(true);
  });
});

describe('parseConveneCandidate', () => {
  const input = { sessionId: 's-1', candidateId: 'c-1', file: aFile(), fileRef: fileRef() };
  it('defaults ccpCodes to null (the CCPs not yet held)', () => {
    expect(parseConveneCandidate(input)).toMatchObject({ ok: true, value: { data: { ccpCodes: null } } });
  });
  it.each([
    ['ccpCodes', { ccpCodes: [] }],
    ['ccpCodes', { ccpCodes: ['CCP1', 'CCP1'] }],
    ['fileRef.revision', { fileRef: { streamId: 'x', revision: -1 } }],
    ['file.pathways[0].type', { file: { ...aFile(), pathways: [{ ...pathway(), type: 'apprenticeship' }] } }],
    ['file', { file: undefined }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseConveneCandidate({ ...input, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
