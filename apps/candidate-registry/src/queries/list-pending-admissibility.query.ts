import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CandidateReadModel } from '../read-models/candidate-read-model';
import type { PendingAdmissibility } from '../read-models/pending-admissibility.entity';

/** The office's work list: dossiers de recevabilité awaiting its decision. */
export class ListPendingAdmissibilityQuery extends Query<PendingAdmissibility[]> {
  constructor(readonly region: string) {
    super();
  }
}

@QueryHandler(ListPendingAdmissibilityQuery)
export class ListPendingAdmissibilityHandler implements IQueryHandler<ListPendingAdmissibilityQuery, PendingAdmissibility[]> {
  constructor(private readonly readModel: CandidateReadModel) {}

  execute({ region }: ListPendingAdmissibilityQuery): Promise<PendingAdmissibility[]> {
    return this.readModel.pendingAdmissibility(region);
  }
}
