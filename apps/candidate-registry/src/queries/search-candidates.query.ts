import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CandidateReadModel, type CandidateView } from '../read-models/candidate-read-model';

/** Candidates whose names contain `name`. */
export class SearchCandidatesQuery extends Query<CandidateView[]> {
  constructor(readonly name: string) {
    super();
  }
}

@QueryHandler(SearchCandidatesQuery)
export class SearchCandidatesHandler implements IQueryHandler<SearchCandidatesQuery, CandidateView[]> {
  constructor(private readonly readModel: CandidateReadModel) {}

  execute({ name }: SearchCandidatesQuery): Promise<CandidateView[]> {
    return this.readModel.searchByName(name);
  }
}
