import type { CandidateFileCommand } from './candidate-file.command';
import { candidateFileFacts } from './candidate-file-facts-of';
import { initialCandidateFileState } from './candidate-file.state';
import { aWholeCandidateFile } from '../spec-support/candidate-file-life';
import { CANDIDATE, ecfItem, fileSpec, homeRecorded, on, pathwayRecorded, source, TSGERI } from '../spec-support/candidate-file-fixtures';

const ids = { candidateId: CANDIDATE, source: source('e-seen') };

/** One command of each consumed kind, all carrying the same source event id, each of which would decide something on a fresh file. */
const CONSUMED: readonly CandidateFileCommand[] = [
  { type: 'RecordCandidateHome', data: { ...ids, region: 'bre' } },
  { type: 'RecordPathway', data: { ...ids, pathwayId: 'p-2', titleCode: TSGERI, pathwayType: 'vae', region: 'idf' } },
  { type: 'RecordPathwayWithdrawal', data: { ...ids, pathwayId: 'p-1' } },
  { type: 'RecordAdmissibilityRequest', data: { ...ids, pathwayId: 'p-1', titleCode: TSGERI, requestedOn: '2025-01-10' } },
  { type: 'RecordAdmissibility', data: { ...ids, pathwayId: 'p-1', titleCode: TSGERI, outcome: 'admissible', decidedOn: '2025-02-01' } },
  { type: 'RecordEvidenceStatus', data: { ...ids, pathwayId: 'p-1', rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-VAE'], complete: false, present: [], missing: [ecfItem('CCP1')] } },
  {
    type: 'RecordEvidence',
    data: { ...ids, pathwayId: 'p-1', kind: 'dspp', ccpCode: null, ccsCode: null, referenceId: 'dspp-1', sha256s: [], assessorIds: [], passed: null, on: '2025-02-01' },
  },
  { type: 'RecordTrainers', data: { ...ids, trainerIds: ['t-1'] } },
  { type: 'RecordAward', data: { ...ids, decisionId: 'd-9', sessionId: 's-9', region: 'idf', titleCode: TSGERI, award: { kind: 'ccps', ccpCodes: ['CCP1'] }, awardedOn: '2025-02-01' } },
  { type: 'RecordRectifiedAward', data: { ...ids, decisionId: 'd-9', sessionId: 's-9', region: 'idf', titleCode: TSGERI, award: { kind: 'none' }, awardedOn: '2025-02-01' } },
];

const file = [homeRecorded('idf'), pathwayRecorded('vae')];

describe('candidateFileDecider', () => {
  it.each(CONSUMED.map((command) => [command.type, command] as const))('%s decides something once, and nothing for the same source event again', (_type, command) => {
    const first = fileSpec.given(file).when(command, on('2025-02-02'));
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.length).toBeGreaterThan(0);
    expect(fileSpec.given([...file, ...first.value]).when(command, on('2025-02-03'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([...file, ...first.value]).state().sourceEventIds).toContain('e-seen');
  });

  it("refuses a command sent to another candidate's file: the app's mistake, not a fact", () => {
    expect(fileSpec.given(file).when({ type: 'RecordCandidateHome', data: { candidateId: 'c-2', source: source('e-2'), region: 'bre' } }, on('2025-02-02'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'command for candidate c-2 was sent to the jury file of candidate c-1' },
    });
  });
});

describe('candidateFileFacts', () => {
  it('gives the file as session commands carry it', () => {
    const facts = candidateFileFacts(fileSpec.given(aWholeCandidateFile()).state());
    expect(facts).toMatchObject({
      candidateId: CANDIDATE,
      homeRegion: 'idf',
      pathways: [
        { pathwayId: 'p-ct', status: 'withdrawn' },
        { pathwayId: 'p-vae', status: 'open' },
      ],
      admissibility: [{ pathwayId: 'p-vae', outcome: 'admissible' }],
      admissibilityRequests: [{ pathwayId: 'p-vae', requestedOn: '2020-09-04' }],
      evidenceStatus: [{ pathwayId: 'p-ct', complete: false }],
      evidenceRecords: [{ referenceId: 'e-ecf-CCP1', kind: 'training-evaluation' }],
      assessorIds: ['a-trainer'],
      ccpsHeld: [{ titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2021-03-10', region: 'bre' }],
      titlesHeld: [],
      ccssHeld: [{ ccsCode: 'CCS1' }],
    });
    expect(Object.keys(facts).sort()).toEqual(
      ['admissibility', 'admissibilityRequests', 'assessorIds', 'candidateId', 'ccpsHeld', 'ccssHeld', 'evidenceRecords', 'evidenceStatus', 'homeRegion', 'pathways', 'titlesHeld'].sort(),
    );
  });

  it('of a file with no fact yet, names the candidate given', () => {
    expect(candidateFileFacts(initialCandidateFileState(), 'c-9')).toMatchObject({ candidateId: 'c-9', homeRegion: null, pathways: [], ccpsHeld: [] });
  });
});
