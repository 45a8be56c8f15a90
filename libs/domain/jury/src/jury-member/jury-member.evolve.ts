import type { JuryMemberEvent } from './events/jury-member-event-catalogue';
import type { JuryMemberState } from './jury-member.state';

/** Folds one event into the member's state, keeping ids and habilitations only. */
export const evolveJuryMember = (_state: JuryMemberState, event: JuryMemberEvent): JuryMemberState => {
  switch (event.type) {
    case 'JuryMemberRegistered': {
      const { memberId, region, titleCodes, assessorId, registeredOn } = event.data;
      return { status: 'registered', facts: { memberId, region, titleCodes, assessorId }, registeredOn };
    }
    default: {
      const unexpected: never = event.type;
      throw new Error(`unknown jury member event ${JSON.stringify(unexpected)}`);
    }
  }
};
