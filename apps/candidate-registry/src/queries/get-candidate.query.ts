import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CandidateReadModel, type CandidateView } from '../read-models/candidate-read-model';

/** A candidate's summary and pathways, as the read models hold them. */
export class GetCandidateQuery extends Query<CandidateView | undefined> {
  constructor(readonly candidateId: string) {
    super();
  }
}

@QueryHandler(GetCandidateQuery)
export class GetCandidateHandler implements IQueryHandler<GetCandidateQuery, CandidateView | undefined> {
  constructor(private readonly readModel: CandidateReadModel) {}

  execute({ candidateId }: GetCandidateQuery): Promise<CandidateView | undefined> {
    return this.readModel.findCandidate(candidateId);
  }
}
