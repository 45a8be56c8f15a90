import { Body, Controller, Get, Inject, NotFoundException, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRegisterAssessor, registerAssessorDataSchema } from '@titrepro/domain-evaluation';
import { ApiRoute, Authorize, CarriesPersonalData, SERVICE_CONFIG, valueOrThrow, IdParam, OWN_REGION, ownRegionOn, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { z } from 'zod';
import type { EvaluationConfig } from '../config/evaluation-config';
import { assessors } from '../evaluation-aggregates';
import { AssessorReadModel, assessorView, type AssessorView } from '../read-models/assessor-read-model';

const officer: AuthorizationPolicy = { 'regional-officer': OWN_REGION };

/** The region's assessors: professionals and trainers of the specialty, with the titles they may assess. */
@ApiTags('assessors')
@Controller('assessors')
export class AssessorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModel: AssessorReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: EvaluationConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officer)
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Register an assessor of this region (the server mints the assessor id; names are sealed)',
    success: { status: 201, description: 'Registered', schema: z.object({ assessorId: z.string() }) },
    errors: [400, 409],
    body: { schema: registerAssessorDataSchema, serverFields: ['assessorId', 'region'] },
  })
  async register(@Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ assessorId: string }> {
    const assessorId = this.ids.newId();
    const command = valueOrThrow(parseRegisterAssessor(commandInput(body, { assessorId, region: this.config.REGION })));
    await this.commands.execute(new StreamCommand(assessors.stream(assessorId), command, origin));
    return { assessorId };
  }

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: "This region's assessors", success: { status: 200, description: 'The assessors', schema: z.array(assessorView) } })
  list(): Promise<AssessorView[]> {
    return this.readModel.list();
  }

  @Get(':assessorId')
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION, assessor: ownRegionOn('self') })
  @ApiRoute({ summary: 'One assessor (an assessor reads only their own record)', success: { status: 200, description: 'The assessor', schema: assessorView }, errors: [404] })
  async find(@IdParam('assessorId') assessorId: string): Promise<AssessorView> {
    const found = await this.readModel.find(assessorId);
    if (!found) throw new NotFoundException(`assessor ${assessorId} does not exist`);
    return found;
  }
}
