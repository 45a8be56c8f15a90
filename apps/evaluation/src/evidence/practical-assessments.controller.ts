import { Body, Controller, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  parseRecordPracticalAssessment,
  parseSchedulePracticalAssessment,
  recordPracticalAssessmentDataSchema,
  schedulePracticalAssessmentDataSchema,
} from '@titrepro/domain-evaluation';
import { ApiRoute, Authorize, CurrentCaller, SERVICE_CONFIG, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { z } from 'zod';
import { AssessorDirectory } from '../assessors/assessor-directory';
import type { EvaluationConfig } from '../config/evaluation-config';
import { evaluations } from '../evaluation-aggregates';
import { actingAssessorId, assessorOfThisRegion, officerOfThisRegion } from './acting-assessor';

/** Épreuve de synthèse, mise en situation for a CCP or a CCS: scheduled by an officer, recorded by the assigned assessor. */
@ApiTags('evidence')
@Controller('candidates/:candidateId')
export class PracticalAssessmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly assessors: AssessorDirectory,
    @Inject(SERVICE_CONFIG) private readonly config: EvaluationConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post('pathways/:pathwayId/practical-assessments')
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Schedule a practical assessment: the épreuve de synthèse of the title, or a mise en situation for a CCP or a CCS',
    success: { status: 201, description: 'Scheduled', schema: z.object({ assessmentId: z.string() }) },
    errors: [400, 404, 409],
    body: { schema: schedulePracticalAssessmentDataSchema, serverFields: ['candidateId', 'actingRegion', 'pathwayId', 'assessmentId'] },
  })
  async schedule(@IdParam('candidateId') candidateId: string, @IdParam('pathwayId') pathwayId: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ assessmentId: string }> {
    const assessmentId = this.ids.newId();
    const command = valueOrThrow(parseSchedulePracticalAssessment(commandInput(body, { candidateId, actingRegion: this.config.REGION, pathwayId, assessmentId })));
    await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, origin));
    return { assessmentId };
  }

  @Post('practical-assessments/:assessmentId/result')
  @Authorize(assessorOfThisRegion)
  @ApiRoute({
    summary: "Record a practical assessment's outcome per compétence (exactly the référentiel's compétences of its CCP, CCS or title)",
    success: { status: 201, description: 'Recorded', schema: z.object({ assessmentId: z.string() }) },
    errors: [400, 404, 409],
    body: { schema: recordPracticalAssessmentDataSchema, serverFields: ['candidateId', 'assessmentId', 'assessor'] },
  })
  async record(
    @IdParam('candidateId') candidateId: string,
    @IdParam('assessmentId') assessmentId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ assessmentId: string }> {
    const assessor = await this.assessors.factsOf(actingAssessorId(caller));
    const command = valueOrThrow(parseRecordPracticalAssessment(commandInput(body, { candidateId, assessmentId, assessor })));
    await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, origin));
    return { assessmentId };
  }
}
