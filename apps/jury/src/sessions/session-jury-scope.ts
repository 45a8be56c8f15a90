import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@titrepro/event-store';
import { ResolvesResourceScope, type Caller, type ResourceScopeResolver, type RouteParams } from '@titrepro/platform-nest';
import { EVENT_STORE, stateOf } from '@titrepro/service-kit';
import { sessions } from '../jury-aggregates';

/**
 * `jury-member`: the caller sits on the jury of the route's session (its decisions and minutes,
 * unsealed until the seal, are that jury's). A session not scheduled here is the handler's 404.
 */
@Injectable()
@ResolvesResourceScope('jury-member')
export class SessionJuryScope implements ResourceScopeResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async refusal(caller: Caller, params: RouteParams): Promise<string | undefined> {
    const { sessionId } = params;
    if (sessionId === undefined) return 'this route names no session';
    const state = await stateOf(this.store, sessions.stream(sessionId));
    if (state.status !== 'scheduled') return undefined;
    const members = state.jury?.members ?? [];
    return members.some((member) => member.memberId === caller.subject) ? undefined : `jury member ${caller.subject} does not sit on the jury of session ${sessionId}`;
  }
}
