import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE, type HistoryEntry } from '@titrepro/service-kit';
import { candidates } from '../candidates/candidate-aggregate';
import { candidateTimeline } from '../history/candidate-timeline';

/** The candidate's timeline, read from the event stream itself (not a projection), across regions. */
export class GetCandidateHistoryQuery extends Query<HistoryEntry[]> {
  constructor(readonly candidateId: string) {
    super();
  }
}

@QueryHandler(GetCandidateHistoryQuery)
export class GetCandidateHistoryHandler implements IQueryHandler<GetCandidateHistoryQuery, HistoryEntry[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ candidateId }: GetCandidateHistoryQuery): Promise<HistoryEntry[]> {
    const events = await this.store.readStream(candidates.stream(candidateId).streamId);
    return candidateTimeline(events);
  }
}
