import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRecordTrainingEvaluation, recordTrainingEvaluationDataSchema } from '@titrepro/domain-evaluation';
import { ApiRoute, Authorize, CurrentCaller, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import { z } from 'zod';
import { AssessorDirectory } from '../assessors/assessor-directory';
import { evaluations } from '../evaluation-aggregates';
import { actingAssessorId, assessorOfThisRegion } from './acting-assessor';

/** The ECF results a trainer assigned to the candidate records, CCP by CCP. */
@ApiTags('evidence')
@Controller('candidates/:candidateId/pathways/:pathwayId/training-evaluations')
export class TrainingEvaluationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly assessors: AssessorDirectory,
  ) {}

  @Post()
  @Authorize(assessorOfThisRegion)
  @ApiRoute({
    summary: 'Record an ECF result for one CCP (a trainer assigned to it; not for a VAE pathway: EVIDENCE-VAE)',
    success: { status: 201, description: 'Recorded', schema: z.object({ candidateId: z.string(), pathwayId: z.string(), ccpCode: z.string() }) },
    errors: [400, 404, 409, 422],
    body: { schema: recordTrainingEvaluationDataSchema, serverFields: ['candidateId', 'pathwayId', 'assessor'] },
  })
  async record(
    @IdParam('candidateId') candidateId: string,
    @IdParam('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ candidateId: string; pathwayId: string; ccpCode: string }> {
    const assessor = await this.assessors.factsOf(actingAssessorId(caller));
    const command = valueOrThrow(parseRecordTrainingEvaluation(commandInput(body, { candidateId, pathwayId, assessor })));
    await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, origin));
    return { candidateId, pathwayId, ccpCode: command.data.ccpCode };
  }
}
