// A candidate's whole life as the decider writes it, from raw input parsed at the edge: every event
// type once at least, each personal field holding a distinctive value (not exported from the library).
import { type DomainError, foldEvents, type Result } from '@titrepro/domain-kernel';
import type { CandidateCommand } from '../candidate.command';
import { parseAcceptIncomingTransfer, parseRefuseIncomingTransfer } from '../answer-incoming-transfer/answer-incoming-transfer.command';
import { parseDecideVaeAdmissibility } from '../decide-vae-admissibility/decide-vae-admissibility.command';
import { parseEraseCandidatePersonalData } from '../erase-candidate-personal-data/erase-candidate-personal-data.command';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import { parseIssueLinkCode, parseLinkCandidateSignIn } from '../link-sign-in/link-sign-in.command';
import { parseOpenIncomingTransfer } from '../open-incoming-transfer/open-incoming-transfer.command';
import { parseOpenPathway } from '../open-pathway/open-pathway.command';
import { parseReceiveCandidateFile } from '../receive-candidate-file/receive-candidate-file.command';
import { parseRecordHandover, parseRecordTransferRefusal } from '../record-transfer-answer/record-transfer-answer.command';
import { parseRegisterCandidate } from '../register-candidate/register-candidate.command';
import { parseRequestVaeAdmissibility } from '../request-vae-admissibility/request-vae-admissibility.command';
import { parseTransferRegion } from '../transfer-region/transfer-region.command';
import { parseWithdrawPathway } from '../withdraw-pathway/withdraw-pathway.command';
import { CANDIDATE, decider, on, OTHER_TITLE, TSGERI } from './candidate-fixtures';

/** Values that appear nowhere but in the candidate's personal fields. */
export const PERSONAL = {
  familyName: 'Quiñonez-Vandersteen',
  givenNames: ['Ottoline', 'Bérénice'],
  birthDate: '1979-11-23',
  email: 'ottoline.qv@exemple.test',
  phone: '+33 7 98 76 54 32',
  postalAddress: '7 impasse des Glycines, 31000 Toulouse',
  organisation: 'Brasserie Zéphyrine',
  role: 'Régisseuse réseau',
  reason: 'Les activités à la Brasserie Zéphyrine ne relèvent pas du titre.',
  refusal: 'Mme Quiñonez-Vandersteen a déménagé à Lyon.',
} as const;

const ids = { candidateId: CANDIDATE, actingRegion: 'idf' };
const period = (start: string, end: string) => ({
  organisation: PERSONAL.organisation,
  role: PERSONAL.role,
  start,
  end,
  capacity: 'employee',
  relatedToTitle: true,
});

type Region = 'idf' | 'ara';
type Histories = Readonly<Record<Region, readonly CandidateEvent[]>>;

const inAra = { candidateId: CANDIDATE, actingRegion: 'ara' };
const answer = { candidateId: CANDIDATE, actingRegion: 'idf', toRegion: 'ara' };

/** The file idf serves ara once it handed it over: identity, idf's pathways, and its stream's head. */
const fileFromIdf = (histories: Histories) => {
  const state = foldEvents(decider, histories.idf);
  return {
    ...inAra,
    fromRegion: 'idf',
    registeredOn: '2025-01-06',
    familyName: PERSONAL.familyName,
    givenNames: PERSONAL.givenNames,
    birthDate: PERSONAL.birthDate,
    contact: { email: PERSONAL.email, phone: PERSONAL.phone, postalAddress: PERSONAL.postalAddress },
    pathways: 'pathways' in state ? state.pathways : [],
    source: { region: 'idf', streamId: `candidate-${CANDIDATE}`, revision: histories.idf.length - 1, hash: 'h-idf-last' },
    sourceHistory: histories.idf.map((event, revision) => ({
      revision,
      type: event.type,
      occurredAt: '2025-01-06T09:00:00.000Z',
      recordedAt: '2025-01-06T09:00:00.100Z',
      actorRole: 'regional-officer',
      rulebookId: null,
      ruleIds: [],
      region: 'idf',
      summary: { fr: `événement ${revision}`, en: `event ${revision}` },
      hash: `h-idf-${revision}`,
    })),
  };
};

/** Raw inputs, as a request or a consumed event would give them, with the day and the region's stream each is decided on. */
const steps: ReadonlyArray<readonly [string, Region, (histories: Histories) => Result<CandidateCommand, DomainError>]> = [
  [
    '2025-01-06',
    'idf',
    () =>
      parseRegisterCandidate({
        candidateId: CANDIDATE,
        region: 'idf',
        familyName: PERSONAL.familyName,
        givenNames: PERSONAL.givenNames,
        birthDate: PERSONAL.birthDate,
        contact: { email: PERSONAL.email, phone: PERSONAL.phone, postalAddress: PERSONAL.postalAddress },
      }),
  ],
  ['2025-01-07', 'idf', () => parseOpenPathway({ ...ids, pathwayId: 'p-vae', titleCode: TSGERI, pathwayType: 'vae' })],
  ['2025-01-08', 'idf', () => parseRequestVaeAdmissibility({ ...ids, pathwayId: 'p-vae', experiencePeriods: [period('2023-01-01', '2024-12-31')] })],
  ['2025-01-20', 'idf', () => parseDecideVaeAdmissibility({ ...ids, pathwayId: 'p-vae', outcome: 'not-admissible', reason: PERSONAL.reason })],
  ['2025-02-03', 'idf', () => parseRequestVaeAdmissibility({ ...ids, pathwayId: 'p-vae', experiencePeriods: [period('2019-01-01', '2021-12-31'), period('2022-01-01', '2024-12-31')] })],
  ['2025-02-17', 'idf', () => parseDecideVaeAdmissibility({ ...ids, pathwayId: 'p-vae', outcome: 'admissible' })],
  ['2025-03-03', 'idf', () => parseOpenPathway({ ...ids, pathwayId: 'p-other', titleCode: OTHER_TITLE, pathwayType: 'continuous-training' })],
  ['2025-03-10', 'idf', () => parseWithdrawPathway({ ...ids, pathwayId: 'p-other' })],
  ['2025-03-11', 'idf', () => parseIssueLinkCode({ ...ids, codeDigest: 'a'.repeat(64), expiresAt: '2025-03-25T10:00:00.000Z' })],
  ['2025-03-12', 'idf', () => parseLinkCandidateSignIn({ ...ids, codeDigest: 'a'.repeat(64), subjectDigest: 'b'.repeat(64) })],
  // A first offer to ara, refused there; the file stays in idf.
  ['2025-04-01', 'idf', () => parseTransferRegion({ ...ids, toRegion: 'ara' })],
  ['2025-04-01', 'ara', () => parseOpenIncomingTransfer({ candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', requestedOn: '2025-04-01' })],
  ['2025-04-02', 'ara', () => parseRefuseIncomingTransfer({ ...inAra, reason: 'file-incomplete', explanation: PERSONAL.refusal })],
  ['2025-04-02', 'idf', () => parseRecordTransferRefusal({ ...answer, reason: 'file-incomplete' })],
  // A second offer, accepted: idf hands the file over and ara receives it.
  ['2025-04-14', 'idf', () => parseTransferRegion({ ...ids, toRegion: 'ara' })],
  ['2025-04-14', 'ara', () => parseOpenIncomingTransfer({ candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', requestedOn: '2025-04-14' })],
  ['2025-04-15', 'ara', () => parseAcceptIncomingTransfer(inAra)],
  ['2025-04-15', 'idf', () => parseRecordHandover(answer)],
  ['2025-04-15', 'ara', (histories) => parseReceiveCandidateFile(fileFromIdf(histories))],
  ['2025-05-02', 'ara', () => parseEraseCandidatePersonalData(inAra)],
];

/** The events the decider emits for `steps`, stream by stream; throws if any input or decision is refused. */
export const aWholeLifeByRegion = (): Histories => {
  const histories: Record<Region, CandidateEvent[]> = { idf: [], ara: [] };
  for (const [day, region, input] of steps) {
    const parsed = input(histories);
    if (!parsed.ok) throw new Error(`input refused on ${day}: ${JSON.stringify(parsed.error)}`);
    const decided = decider.decide(parsed.value, foldEvents(decider, histories[region]), on(day));
    if (!decided.ok) throw new Error(`${parsed.value.type} refused on ${day} in ${region}: ${JSON.stringify(decided.error)}`);
    histories[region].push(...decided.value);
  }
  return histories;
};

/** Every event of the candidate's life: idf's stream (registered there, handed over), then ara's (received, erased). */
export const aWholeLife = (): readonly CandidateEvent[] => {
  const { idf, ara } = aWholeLifeByRegion();
  return [...idf, ...ara];
};
