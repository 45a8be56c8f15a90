import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ScheduledSession } from '@titrepro/domain-jury';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE, stateOf } from '@titrepro/service-kit';
import { sessions } from '../jury-aggregates';

/** A session as its stream holds it now (the authority: read-your-writes for the officer and the jury). */
@Injectable()
export class SessionReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(sessionId: string): Promise<ScheduledSession> {
    const state = await stateOf(this.store, sessions.stream(sessionId));
    if (state.status !== 'scheduled') throw new NotFoundException(`validation session ${sessionId} does not exist`);
    return state;
  }
}
