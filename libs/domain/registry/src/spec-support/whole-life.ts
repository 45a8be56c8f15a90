// A candidate's whole life as the decider writes it, from raw input parsed at the edge: every event
// type once at least, each personal field holding a distinctive value (not exported from the library).
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { foldEvents } from '@titrepro/domain-kernel';
import type { CandidateCommand } from '../candidate.command';
import { parseDecideVaeAdmissibility } from '../decide-vae-admissibility/decide-vae-admissibility.command';
import { parseEraseCandidatePersonalData } from '../erase-candidate-personal-data/erase-candidate-personal-data.command';
import type { CandidateEvent } from '../events/candidate-event';
import { parseOpenPathway } from '../open-pathway/open-pathway.command';
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

/** Raw inputs, as a request would send them, with the day each is decided. */
const steps: ReadonlyArray<readonly [string, Result<CandidateCommand, DomainError>]> = [
  [
    '2025-01-06',
    parseRegisterCandidate({
      candidateId: CANDIDATE,
      region: 'idf',
      familyName: PERSONAL.familyName,
      givenNames: PERSONAL.givenNames,
      birthDate: PERSONAL.birthDate,
      contact: { email: PERSONAL.email, phone: PERSONAL.phone, postalAddress: PERSONAL.postalAddress },
    }),
  ],
  ['2025-01-07', parseOpenPathway({ ...ids, pathwayId: 'p-vae', titleCode: TSGERI, pathwayType: 'vae' })],
  ['2025-01-08', parseRequestVaeAdmissibility({ ...ids, pathwayId: 'p-vae', experiencePeriods: [period('2023-01-01', '2024-12-31')] })],
  ['2025-01-20', parseDecideVaeAdmissibility({ ...ids, pathwayId: 'p-vae', outcome: 'not-admissible', reason: PERSONAL.reason })],
  ['2025-02-03', parseRequestVaeAdmissibility({ ...ids, pathwayId: 'p-vae', experiencePeriods: [period('2019-01-01', '2021-12-31'), period('2022-01-01', '2024-12-31')] })],
  ['2025-02-17', parseDecideVaeAdmissibility({ ...ids, pathwayId: 'p-vae', outcome: 'admissible' })],
  ['2025-03-03', parseOpenPathway({ ...ids, pathwayId: 'p-other', titleCode: OTHER_TITLE, pathwayType: 'continuous-training' })],
  ['2025-03-10', parseWithdrawPathway({ ...ids, pathwayId: 'p-other' })],
  ['2025-04-01', parseTransferRegion({ ...ids, toRegion: 'ara' })],
  ['2025-05-02', parseEraseCandidatePersonalData({ candidateId: CANDIDATE, actingRegion: 'ara' })],
];

/** The events the decider emits for `steps`, in order; throws if any input or decision is refused. */
export const aWholeLife = (): readonly CandidateEvent[] => {
  const history: CandidateEvent[] = [];
  for (const [day, parsed] of steps) {
    if (!parsed.ok) throw new Error(`input refused on ${day}: ${JSON.stringify(parsed.error)}`);
    const decided = decider.decide(parsed.value, foldEvents(decider, history), on(day));
    if (!decided.ok) throw new Error(`${parsed.value.type} refused on ${day}: ${JSON.stringify(decided.error)}`);
    history.push(...decided.value);
  }
  return history;
};
