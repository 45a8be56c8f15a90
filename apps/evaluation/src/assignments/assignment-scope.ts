import { Injectable } from '@nestjs/common';
import { ResolvesResourceScope, type Caller, type ResourceScopeResolver, type RouteParams } from '@titrepro/platform-nest';
import { EvidenceReadModel } from '../read-models/evidence-read-model';

/**
 * `assigned`: the assessor holds an assignment on the route's candidate in this region's evaluation.
 * Which CCP or assessment the assignment covers is the decider's rule (it answers 409 naming it).
 */
@Injectable()
@ResolvesResourceScope('assigned')
export class AssignmentScope implements ResourceScopeResolver {
  constructor(private readonly readModel: EvidenceReadModel) {}

  async refusal(caller: Caller, params: RouteParams): Promise<string | undefined> {
    const { candidateId } = params;
    if (candidateId === undefined) return 'this route names no candidate';
    const assignments = await this.readModel.assignmentsOf(caller.subject);
    return assignments.some((assignment) => assignment.candidateId === candidateId) ? undefined : `assessor ${caller.subject} is assigned to nothing of candidate ${candidateId} in this region`;
  }
}
