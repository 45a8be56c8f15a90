import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRecordCcpPairAssessment } from '@titrepro/domain-evaluation';
import { ApiRoute, Authorize, CurrentCaller, RequestValidationException, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import { z } from 'zod';
import { AssessorDirectory } from '../assessors/assessor-directory';
import { evaluations } from '../evaluation-aggregates';
import { actingAssessorId, assessorOfThisRegion } from './acting-assessor';

const competenceOutcome = z.object({ competence: z.string(), outcome: z.enum(['acquired', 'not-acquired']) });
const pairRequest = z.object({
  ccpCode: z.string(),
  assessedOn: z.string(),
  /** The pair, by id: the server loads each one's kind, specialty, titles and region. */
  assessorIds: z.array(z.string()),
  outcome: z.enum(['passed', 'failed']),
  grid: z.array(competenceOutcome),
});

/** The discontinuous pathway: a CCP assessed by a pair (rule CCP-PAIR), recorded by one of the pair. */
@ApiTags('evidence')
@Controller('candidates/:candidateId/pathways/:pathwayId/ccp-assessments')
export class CcpPairAssessmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly assessors: AssessorDirectory,
  ) {}

  @Post()
  @Authorize(assessorOfThisRegion)
  @ApiRoute({
    summary: 'Record the assessment of one CCP by its pair of assessors (rule CCP-PAIR), with a grid per compétence',
    success: { status: 201, description: 'Recorded', schema: z.object({ ccpCode: z.string(), outcome: z.enum(['passed', 'failed']) }) },
    errors: [400, 404, 409, 422],
    body: { schema: pairRequest },
  })
  async record(
    @IdParam('candidateId') candidateId: string,
    @IdParam('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ ccpCode: string; outcome: 'passed' | 'failed' }> {
    const { assessorIds, ...rest } = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    if (!Array.isArray(assessorIds) || !assessorIds.every((id): id is string => typeof id === 'string')) {
      throw new RequestValidationException([{ field: 'assessorIds', message: 'must list the ids of the two assessors' }]);
    }
    if (!assessorIds.includes(actingAssessorId(caller))) throw new BadRequestException('assessorIds: the assessor recording must be one of the pair');
    const assessors = await Promise.all(assessorIds.map((assessorId) => this.assessors.factsOf(assessorId)));
    const command = valueOrThrow(parseRecordCcpPairAssessment(commandInput(rest, { candidateId, pathwayId, assessors })));
    await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, origin));
    return { ccpCode: command.data.ccpCode, outcome: command.data.outcome };
  }
}
