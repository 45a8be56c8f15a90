// A candidate's jury file as the decider writes it from raw input parsed at the edge, as the app's
// consumers and sweep make it: every event type once at least (not exported from the library).
import { type DomainError, foldEvents, type Result } from '@titrepro/domain-kernel';
import type { CandidateFileCommand } from '../candidate-file/candidate-file.command';
import { parseCloseCapitalisationWindow } from '../candidate-file/close-capitalisation-window/close-capitalisation-window.command';
import type { CandidateFileEvent } from '../candidate-file/events/candidate-file-event-catalogue';
import { parseRecordAdmissibility } from '../candidate-file/record-admissibility/record-admissibility.command';
import { parseRecordAdmissibilityRequest } from '../candidate-file/record-admissibility-request/record-admissibility-request.command';
import { parseRecordAward } from '../candidate-file/record-award/record-award.command';
import { parseRecordCandidateHome } from '../candidate-file/record-candidate-home/record-candidate-home.command';
import { parseRecordEvidence } from '../candidate-file/record-evidence/record-evidence.command';
import { parseRecordEvidenceStatus } from '../candidate-file/record-evidence-status/record-evidence-status.command';
import { parseRecordPathway } from '../candidate-file/record-pathway/record-pathway.command';
import { parseRecordPathwayWithdrawal } from '../candidate-file/record-pathway-withdrawal/record-pathway-withdrawal.command';
import { parseRecordRectifiedAward } from '../candidate-file/record-rectified-award/record-rectified-award.command';
import { parseRecordTrainers } from '../candidate-file/record-trainers/record-trainers.command';
import { parseRecordCapitalisationWindowClosure } from '../candidate-file/record-capitalisation-window-closure/record-capitalisation-window-closure.command';
import { CANDIDATE, ecfItem, fileDecider, on, OTHER_CCS, OTHER_TITLE, TSGERI } from './candidate-file-fixtures';

const ids = (eventId: string, region = 'idf') => ({ candidateId: CANDIDATE, source: { eventId, region } });
const ecf = (ccpCode: string) => ({
  ...ids(`e-ecf-${ccpCode}`),
  pathwayId: 'p-ct',
  kind: 'training-evaluation',
  ccpCode,
  ccsCode: null,
  referenceId: `e-ecf-${ccpCode}`,
  sha256s: [],
  assessorIds: ['a-trainer'],
  passed: true,
  on: '2020-11-02',
});

/** The steps of the life: the day each command is decided, and its raw input. */
const STEPS: ReadonlyArray<readonly [string, () => Result<CandidateFileCommand, DomainError>]> = [
  ['2020-09-01', () => parseRecordCandidateHome({ ...ids('e-registered'), region: 'idf' })],
  ['2020-09-02', () => parseRecordPathway({ ...ids('e-opened-ct'), pathwayId: 'p-ct', titleCode: TSGERI, pathwayType: 'continuous-training', region: 'idf' })],
  ['2020-09-03', () => parseRecordPathway({ ...ids('e-opened-vae'), pathwayId: 'p-vae', titleCode: OTHER_TITLE, pathwayType: 'vae', region: 'idf' })],
  ['2020-09-04', () => parseRecordAdmissibilityRequest({ ...ids('e-requested'), titleCode: OTHER_TITLE, requestedOn: '2020-09-04' })],
  ['2020-10-01', () => parseRecordAdmissibility({ ...ids('e-admissible'), titleCode: OTHER_TITLE, outcome: 'admissible', decidedOn: '2020-09-30' })],
  ['2020-11-02', () => parseRecordEvidence(ecf('CCP1'))],
  ['2020-11-02', () => parseRecordTrainers({ ...ids('e-trainers'), trainerIds: ['a-trainer'] })],
  [
    '2020-11-02',
    () =>
      parseRecordEvidenceStatus({
        ...ids('e-status'),
        pathwayId: 'p-ct',
        rulebookId: 'seed-2009',
        ruleIds: ['EVIDENCE-CONTINUOUS'],
        complete: false,
        present: [ecfItem('CCP1')],
        missing: [ecfItem('CCP2'), ecfItem('CCP3')],
      }),
  ],
  // A jury of another region awards CCP1: a CCP is held wherever it was awarded.
  [
    '2021-03-11',
    () => parseRecordAward({ ...ids('e-ccp-awarded', 'bre'), decisionId: 'd-1', sessionId: 's-1', region: 'bre', titleCode: TSGERI, award: { kind: 'ccps', ccpCodes: ['CCP1', 'CCP2'] }, awardedOn: '2021-03-10' }),
  ],
  [
    '2021-04-01',
    () => parseRecordRectifiedAward({ ...ids('e-rectified', 'bre'), decisionId: 'd-1', sessionId: 's-1', region: 'bre', titleCode: TSGERI, award: { kind: 'ccps', ccpCodes: ['CCP1'] }, awardedOn: '2021-03-10' }),
  ],
  [
    '2022-06-01',
    () => parseRecordAward({ ...ids('e-ccs-awarded'), decisionId: 'd-2', sessionId: 's-2', region: 'idf', titleCode: OTHER_TITLE, award: { kind: 'ccs', ccsCode: OTHER_CCS }, awardedOn: '2022-05-31' }),
  ],
  ['2023-01-05', () => parseRecordPathwayWithdrawal({ ...ids('e-withdrawn'), pathwayId: 'p-ct' })],
  ['2026-03-11', () => parseCloseCapitalisationWindow({ candidateId: CANDIDATE, titleCode: TSGERI, deploymentRegion: 'idf' })],
  // Another region announced a window of the other title closed: noted, never announced again from here.
  [
    '2026-03-12',
    () => parseRecordCapitalisationWindowClosure({ ...ids('e-closed-in-bre', 'bre'), titleCode: OTHER_TITLE, windowStart: '2020-06-01', windowEnd: '2025-06-01' }),
  ],
];

/** The events of the whole life; throws if any input or decision is refused, or decides nothing. */
export const aWholeCandidateFile = (): readonly CandidateFileEvent[] => {
  const history: CandidateFileEvent[] = [];
  for (const [day, input] of STEPS) {
    const parsed = input();
    if (!parsed.ok) throw new Error(`input refused on ${day}: ${JSON.stringify(parsed.error)}`);
    const decided = fileDecider.decide(parsed.value, foldEvents(fileDecider, history), on(day));
    if (!decided.ok) throw new Error(`${parsed.value.type} refused on ${day}: ${JSON.stringify(decided.error)}`);
    if (decided.value.length === 0) throw new Error(`${parsed.value.type} decided nothing on ${day}`);
    history.push(...decided.value);
  }
  return history;
};
