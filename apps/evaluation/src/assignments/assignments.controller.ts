import { Body, Controller, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseAssignAssessor } from '@titrepro/domain-evaluation';
import { ApiRoute, Authorize, RequestValidationException, SERVICE_CONFIG, valueOrThrow, IdParam } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { identifier } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { AssessorDirectory } from '../assessors/assessor-directory';
import type { EvaluationConfig } from '../config/evaluation-config';
import { evaluations } from '../evaluation-aggregates';
import { officerOfThisRegion } from '../evidence/acting-assessor';

/** The request: the assessor by id; the server loads their facts (kind, specialty, titles, region). */
const assignmentRequest = z.object({
  pathwayId: identifier,
  assessorId: identifier,
  scope: z.union([
    z.object({ kind: z.literal('ecf'), ccpCode: z.string() }),
    z.object({ kind: z.literal('practical-assessment'), assessmentId: identifier }),
    z.object({ kind: z.literal('ccp-evaluation'), ccpCode: z.string() }),
  ]),
});

/** Splits the assessor's id from the rest of the body, refusing a body without one, naming it. */
export const assessorIdFrom = (body: unknown): { assessorId: string; rest: Record<string, unknown> } => {
  const { assessorId, ...rest } = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (assessorId === undefined) throw new RequestValidationException([{ field: 'assessorId', message: 'is required' }]);
  // Parsed before it names a read: an id the store could not even hold is refused here, not by PostgreSQL.
  const parsed = identifier.safeParse(assessorId);
  if (!parsed.success) throw new RequestValidationException([{ field: 'assessorId', message: parsed.error.issues[0]?.message ?? 'is not an id' }]);
  return { assessorId: parsed.data, rest };
};

/** An officer assigns an assessor to a candidate's ECF, practical assessment or CCP evaluation. */
@ApiTags('assignments')
@Controller('candidates/:candidateId/assignments')
export class AssignmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly assessors: AssessorDirectory,
    @Inject(SERVICE_CONFIG) private readonly config: EvaluationConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Assign an assessor of this region, qualified for the title, to one evaluation of the candidate',
    success: { status: 201, description: 'Assigned', schema: z.object({ assignmentId: z.string() }) },
    errors: [400, 404, 409],
    body: { schema: assignmentRequest },
  })
  async assign(@IdParam('candidateId') candidateId: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ assignmentId: string }> {
    const { assessorId, rest } = assessorIdFrom(body);
    const assessor = await this.assessors.factsOf(assessorId);
    const assignmentId = this.ids.newId();
    const command = valueOrThrow(parseAssignAssessor(commandInput(rest, { candidateId, actingRegion: this.config.REGION, assignmentId, assessor })));
    await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, origin));
    return { assignmentId };
  }
}
