import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@titrepro/event-store';
import { ResolvesResourceScope, type Caller, type ResourceScopeResolver, type RouteParams } from '@titrepro/platform-nest';
import { EVENT_STORE, stateOf } from '@titrepro/service-kit';
import { evaluations } from '../evaluation-aggregates';

/**
 * `assigned`: the assessor holds an assignment on the route's candidate in this region's evaluation,
 * read from the candidate's stream (the authority: an assignment just made counts at once). Which
 * CCP or assessment it covers is the decider's rule (409 naming it). No assessor is assigned to a
 * candidate unknown here: refused too, before the body is read (else an empty body's 400 would say
 * less than the truth).
 */
@Injectable()
@ResolvesResourceScope('assigned')
export class AssignmentScope implements ResourceScopeResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async refusal(caller: Caller, params: RouteParams): Promise<string | undefined> {
    const { candidateId } = params;
    if (candidateId === undefined) return 'this route names no candidate';
    const state = await stateOf(this.store, evaluations.stream(candidateId));
    const assigned = state.status !== 'unknown' && state.pathways.some((pathway) => pathway.assignments.some((assignment) => assignment.assessorId === caller.subject));
    return assigned ? undefined : `assessor ${caller.subject} is assigned to nothing of candidate ${candidateId} in this region`;
  }
}
