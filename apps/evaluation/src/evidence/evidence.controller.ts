import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, CurrentCaller, type Caller, IdParam, OWN_REGION, OWN_FILE } from '@titrepro/platform-nest';
import { z } from 'zod';
import { assignmentView, EvidenceReadModel, evidenceStatusView, type AssignmentView, type EvidenceStatusView } from '../read-models/evidence-read-model';

/** What the jury will decide on: per pathway, the evidence present and missing; and an assessor's work list. */
@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly readModel: EvidenceReadModel) {}

  @Get('candidates/:candidateId/evidence')
  @Authorize({ candidate: OWN_FILE, 'regional-officer': OWN_REGION, auditor: OWN_REGION, 'jury-member': OWN_REGION })
  @ApiRoute({
    summary: "A candidate's evidence per pathway: present and missing under the rulebook in force (a candidate reads only their own)",
    success: { status: 200, description: 'One entry per pathway', schema: z.array(evidenceStatusView) },
  })
  evidence(@IdParam('candidateId') candidateId: string): Promise<EvidenceStatusView[]> {
    return this.readModel.statusOf(candidateId);
  }

  @Get('assignments/mine')
  @Authorize({ assessor: OWN_REGION })
  @ApiRoute({ summary: "The calling assessor's assignments", success: { status: 200, description: 'Their assignments', schema: z.array(assignmentView) } })
  mine(@CurrentCaller() caller: Caller): Promise<AssignmentView[]> {
    return this.readModel.assignmentsOf(caller.subject);
  }
}
