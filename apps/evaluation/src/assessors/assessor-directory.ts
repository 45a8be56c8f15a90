import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AssessorFacts } from '@titrepro/domain-evaluation';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE, stateOf } from '@titrepro/service-kit';
import { assessors } from '../evaluation-aggregates';

/** An assessor's facts as their stream holds them: what the evaluation's commands are decided on. */
@Injectable()
export class AssessorDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async factsOf(assessorId: string): Promise<AssessorFacts> {
    const state = await stateOf(this.store, assessors.stream(assessorId));
    if (state.status !== 'registered') throw new NotFoundException(`assessor ${assessorId} does not exist`);
    return state.facts;
  }
}
