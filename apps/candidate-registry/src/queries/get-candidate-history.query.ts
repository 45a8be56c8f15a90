import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { candidateStreamId } from '@titrepro/domain-registry';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { describeHistoryEntry, type HistoryEntry } from '../history/describe-history-entry';

/** The candidate's timeline, read from the event stream itself (not a projection). */
export class GetCandidateHistoryQuery extends Query<HistoryEntry[]> {
  constructor(readonly candidateId: string) {
    super();
  }
}

@QueryHandler(GetCandidateHistoryQuery)
export class GetCandidateHistoryHandler implements IQueryHandler<GetCandidateHistoryQuery, HistoryEntry[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ candidateId }: GetCandidateHistoryQuery): Promise<HistoryEntry[]> {
    const events = await this.store.readStream(candidateStreamId(candidateId));
    return events.map(describeHistoryEntry);
  }
}
