// Builders for the jury member decider's specs (not exported from the library).
import { deciderSpec, type DecisionContext } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
// The specs state the seed's rules on dates written when it was the only regime; later regimes have specs of their own.
import { seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import type { JuryMemberEvent } from '../jury-member/events/jury-member-event-catalogue';
import { createJuryMemberDecider } from '../jury-member/jury-member.decider';
import type { JuryDeciderDependencies } from '../shared/dependencies';

export const TSGERI = 'TP-00495';
export const OTHER_TITLE = 'TP-00002';
/** A title whose référentiel lapsed at the end of 2020: no member is habilitated for it any more. */
export const LAPSED_TITLE = 'TP-00003';

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');

export const memberReferential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  { source: 'other', data: { ...tsgeri, code: OTHER_TITLE, acronym: 'OTHER' } },
  { source: 'lapsed', data: { ...tsgeri, code: LAPSED_TITLE, acronym: 'LAPSED', validTo: '2020-12-31' } },
]);

export const memberDependencies: JuryDeciderDependencies = { referential: memberReferential, rulebooks };
export const memberDecider = createJuryMemberDecider(memberDependencies);
export const memberSpec = deciderSpec(memberDecider);

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });

/** Values that appear nowhere but in the member's personal fields. */
export const MEMBER_NAME = { familyName: 'Van-Oosterwijck', givenNames: ['Philomène', 'Aurèle'] } as const;

export const memberRegistered = (overrides: Partial<Extract<JuryMemberEvent, { type: 'JuryMemberRegistered' }>['data']> = {}): JuryMemberEvent => ({
  type: 'JuryMemberRegistered',
  data: {
    memberId: 'm-1',
    region: 'idf',
    titleCodes: [TSGERI],
    assessorId: null,
    registeredOn: '2025-01-02',
    familyName: MEMBER_NAME.familyName,
    givenNames: [...MEMBER_NAME.givenNames],
    ...overrides,
  },
});
