import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { JuryMemberEvent } from '../events/jury-member-event-catalogue';
import type { JuryMemberState } from '../jury-member.state';
import type { RegisterJuryMember } from './register-jury-member.command';

/**
 * Registers once per stream. A member is habilitated only for titles in force that day: a lapsed
 * title has no more sessions to judge.
 */
export const decideRegisterJuryMember = (command: RegisterJuryMember, state: JuryMemberState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<JuryMemberEvent> => {
  const { data } = command;
  if (state.status !== 'unknown') return fail(conflict(`jury member ${data.memberId} is already registered`));
  for (const code of data.titleCodes) {
    if (dependencies.referential.titleValidAt(code, today)) continue;
    return fail(dependencies.referential.findTitle(code) ? conflict(`title ${code} is not in force on ${today}`) : notFound('title', code));
  }
  return ok([
    {
      type: 'JuryMemberRegistered',
      data: {
        memberId: data.memberId,
        region: data.region,
        titleCodes: data.titleCodes,
        assessorId: data.assessorId,
        registeredOn: today,
        familyName: data.familyName,
        givenNames: data.givenNames,
      },
    },
  ]);
};
