// Builders for the candidate file decider's specs (not exported from the library).
import { deciderSpec, type DecisionContext } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
import { type PathwayType, seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import type { Award, RectifiedAward } from '../candidate-file/awards/award';
import { createCandidateFileDecider } from '../candidate-file/candidate-file.decider';
import type { CandidateFileEvent } from '../candidate-file/events/candidate-file-event-catalogue';
import type { SourceEvent } from '../shared/candidate-file-facts';
import type { JuryDeciderDependencies } from '../shared/dependencies';

export const TSGERI = 'TP-00495';
export const TSGERI_CCPS = ['CCP1', 'CCP2', 'CCP3'] as const;
/** A second title, with a CCS. */
export const OTHER_TITLE = 'TP-00002';
export const OTHER_CCS = 'CCS1';

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');

export const fileReferential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  {
    source: 'other',
    data: { ...tsgeri, code: OTHER_TITLE, acronym: 'OTHER', ccss: [{ code: OTHER_CCS, label: 'SPÉCIALISATION', competences: ['Administrer un cluster.', 'Superviser un cluster.'] }] },
  },
]);

export const fileDependencies: JuryDeciderDependencies = { referential: fileReferential, rulebooks };
export const fileDecider = createCandidateFileDecider(fileDependencies);
export const fileSpec = deciderSpec(fileDecider);

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });
export const DAY = '2025-06-02';
export const today = on(DAY);

export const CANDIDATE = 'c-1';
export const HOME = 'idf';

export const source = (eventId: string, region = HOME): SourceEvent => ({ eventId, region });

const fact = (eventId: string, recordedOn = '2025-01-02', region = HOME) => ({ candidateId: CANDIDATE, source: source(eventId, region), recordedOn });

export const homeRecorded = (region = HOME, eventId = 'e-home', recordedOn = '2025-01-02'): CandidateFileEvent => ({
  type: 'CandidateHomeRecorded',
  data: { ...fact(eventId, recordedOn), region },
});

export const pathwayRecorded = (pathwayType: PathwayType = 'continuous-training', pathwayId = 'p-1', titleCode = TSGERI): CandidateFileEvent => ({
  type: 'PathwayRecorded',
  data: { ...fact(`e-${pathwayId}`, '2025-01-06'), pathwayId, titleCode, pathwayType, region: HOME },
});

export const withdrawalRecorded = (pathwayId = 'p-1'): CandidateFileEvent => ({
  type: 'PathwayWithdrawalRecorded',
  data: { ...fact(`e-withdrawal-${pathwayId}`, '2025-03-01'), pathwayId, titleCode: TSGERI },
});

export const ecfItem = (ccpCode: string) => ({ key: `ecf:${ccpCode}`, fr: `ECF pour ${ccpCode}`, en: `ECF for ${ccpCode}` });

export const statusRecorded = (missing: readonly string[] = ['CCP2'], pathwayId = 'p-1', eventId = 'e-status'): CandidateFileEvent => ({
  type: 'EvidenceStatusRecorded',
  data: {
    ...fact(eventId, '2025-03-02'),
    pathwayId,
    rulebookId: 'seed-2009',
    ruleIds: ['EVIDENCE-CONTINUOUS'],
    complete: missing.length === 0,
    present: TSGERI_CCPS.filter((code) => !missing.includes(code)).map(ecfItem),
    missing: missing.map(ecfItem),
  },
});

export const ecfRecorded = (ccpCode: string, assessorId = 'a-trainer', referenceId = `ecf-${ccpCode}`): CandidateFileEvent => ({
  type: 'EvidenceRecorded',
  data: {
    ...fact(`e-${referenceId}`, '2025-03-02'),
    pathwayId: 'p-1',
    kind: 'training-evaluation',
    ccpCode,
    ccsCode: null,
    referenceId,
    sha256s: [],
    assessorIds: [assessorId],
    passed: true,
    on: '2025-03-01',
  },
});

export const trainersRecorded = (trainerIds: readonly string[], eventId = 'e-trainers'): CandidateFileEvent => ({
  type: 'TrainersRecorded',
  data: { ...fact(eventId, '2025-03-02'), trainerIds },
});

export interface AwardOptions {
  readonly decisionId?: string;
  readonly awardedOn?: string;
  readonly titleCode?: string;
  readonly region?: string;
  readonly sessionId?: string;
}

const decision = ({ decisionId = 'd-1', awardedOn = '2021-03-10', titleCode = TSGERI, region = HOME, sessionId = 's-1' }: AwardOptions) => ({
  decisionId,
  sessionId,
  region,
  titleCode,
  awardedOn,
});

export const awardRecorded = (award: Award, options: AwardOptions = {}): CandidateFileEvent => {
  const data = decision(options);
  return { type: 'AwardRecorded', data: { ...fact(`e-award-${data.decisionId}`, data.awardedOn, data.region), ...data, award } };
};

export const ccpsAwarded = (ccpCodes: readonly string[], options: AwardOptions = {}): CandidateFileEvent => awardRecorded({ kind: 'ccps', ccpCodes }, options);

export const awardRectified = (award: RectifiedAward, options: AwardOptions = {}, eventId = 'e-rectified'): CandidateFileEvent => {
  const data = decision(options);
  return { type: 'AwardRectified', data: { ...fact(eventId, data.awardedOn, data.region), ...data, award } };
};

export const windowClosed = (windowStart = '2021-03-10', windowEnd = '2026-03-10', closedOn = '2026-03-11'): CandidateFileEvent => ({
  type: 'CapitalisationWindowClosed',
  data: {
    candidateId: CANDIDATE,
    titleCode: TSGERI,
    windowStart,
    windowEnd,
    ccpCodesHeld: ['CCP1'],
    missingCcpCodes: ['CCP2', 'CCP3'],
    closedOn,
    rulebookId: 'seed-2009',
  },
});
