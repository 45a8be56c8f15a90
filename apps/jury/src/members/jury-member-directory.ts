import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { JuryMemberFacts } from '@titrepro/domain-jury';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE, stateOf } from '@titrepro/service-kit';
import { juryMembers } from '../jury-aggregates';

/** A jury member's facts as their stream holds them: what session commands are decided on. */
@Injectable()
export class JuryMemberDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The members named by a request; an unknown id is the request's fault, named. */
  async factsOf(memberIds: readonly string[]): Promise<JuryMemberFacts[]> {
    const states = await Promise.all(memberIds.map((memberId) => stateOf(this.store, juryMembers.stream(memberId))));
    return states.map((state, index) => {
      if (state.status !== 'registered') throw new UnprocessableEntityException(`memberIds[${index}]: jury member ${memberIds[index]} is not registered in this region`);
      return state.facts;
    });
  }
}
