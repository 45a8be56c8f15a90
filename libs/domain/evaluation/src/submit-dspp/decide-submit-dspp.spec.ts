import { CANDIDATE, document, dsppSubmitted, factSpec, pathwayRecorded, today, TSGERI, withdrawalRecorded } from '../spec-support/evaluation-fixtures';
import type { DsppDocument } from '../events/dspp-submitted.event';
import type { SubmitDspp } from './submit-dspp.command';

const documents = (...ccpCodes: string[]): DsppDocument[] => ccpCodes.map((ccpCode) => document(ccpCode));
const command = (docs: DsppDocument[] = documents('CCP1', 'CCP2', 'CCP3'), submissionId = 'dspp-2'): SubmitDspp => ({
  type: 'SubmitDspp',
  data: { candidateId: CANDIDATE, pathwayId: 'p-1', submissionId, submittedBy: CANDIDATE, documents: docs },
});

describe('SubmitDspp (decider) — a DSPP per activité type', () => {
  it('records a first DSPP, one document per activité type, superseding nothing', () => {
    expect(factSpec.given([pathwayRecorded('vae')]).when(command(), today)).toEqual({
      ok: true,
      value: [
        {
          type: 'DsppSubmitted',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            submissionId: 'dspp-2',
            submittedBy: CANDIDATE,
            documents: documents('CCP1', 'CCP2', 'CCP3'),
            supersedes: null,
            submittedOn: '2025-06-02',
          },
        },
      ],
    });
  });

  it('supersedes the current DSPP; the state keeps only the new one, the history both', () => {
    expect(factSpec.given([pathwayRecorded(), dsppSubmitted('dspp-1')]).when(command(), today)).toMatchObject({ ok: true, value: [{ data: { supersedes: 'dspp-1' } }] });
    const history = [pathwayRecorded(), dsppSubmitted('dspp-1'), dsppSubmitted('dspp-2', 'dspp-1')];
    expect(factSpec.given(history).state()).toMatchObject({
      pathways: [{ dspp: { submissionId: 'dspp-2', documents: [{ documentId: 'dspp-2-CCP1' }, { documentId: 'dspp-2-CCP2' }, { documentId: 'dspp-2-CCP3' }] }, supersededDsppIds: ['dspp-1'] }],
    });
    expect(history.filter((event) => event.type === 'DsppSubmitted')).toHaveLength(2);
  });

  it('refuses a DSPP missing an activité type, naming it', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(documents('CCP1', 'CCP3')), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'documents', message: `must hold one document per activité type of title ${TSGERI}; missing: CCP2` },
    });
  });

  it("refuses a document for a CCP that is not the title's, naming it", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(documents('CCP1', 'CCP2', 'CCP3', 'CCP4')), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'documents[3].ccpCode', message: `CCP4 is not an activité type of title ${TSGERI} (CCP1, CCP2, CCP3)` },
    });
  });

  it('refuses two documents for one activité type, naming the second', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command([...documents('CCP1', 'CCP2', 'CCP3'), document('CCP2', 'doc-extra')]), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'documents[3].ccpCode', message: 'CCP2 has a document already; one per activité type' },
    });
  });

  it('refuses a submission id already used on the pathway, current or superseded', () => {
    const history = [pathwayRecorded(), dsppSubmitted('dspp-1'), dsppSubmitted('dspp-2', 'dspp-1')];
    expect(factSpec.given(history).when(command(undefined, 'dspp-1'), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(factSpec.given(history).when(command(undefined, 'dspp-2'), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('refuses a withdrawn pathway', () => {
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});
