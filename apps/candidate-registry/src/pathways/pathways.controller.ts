import { Body, Controller, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  decideVaeAdmissibilityDataSchema,
  openPathwayDataSchema,
  parseDecideVaeAdmissibility,
  parseOpenPathway,
  parseRequestVaeAdmissibility,
  parseWithdrawPathway,
  requestVaeAdmissibilityDataSchema,
} from '@titrepro/domain-registry';
import { ApiRoute, Authorize, CarriesPersonalData, CurrentCaller, SERVICE_CONFIG, valueOrThrow, type Caller, IdParam, OWN_REGION, OWN_FILE, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';
import { decisionResponse, pathwayIdResponse } from '../api/registry-responses';

const officer: AuthorizationPolicy = { 'regional-officer': OWN_REGION };

/** A candidate's pathways towards titles, and the VAE dossier de recevabilité. */
@ApiTags('pathways')
@Controller('candidates/:id/pathways')
export class PathwaysController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officer)
  @ApiRoute({
    summary: 'Open a pathway towards a title (rule PATHWAY); the server mints the pathway id',
    success: { status: 201, description: 'Opened', schema: pathwayIdResponse },
    errors: [400, 404, 409, 422],
    body: { schema: openPathwayDataSchema, serverFields: ['candidateId', 'actingRegion', 'pathwayId'] },
  })
  async open(@IdParam('id') id: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ pathwayId: string }> {
    // Ids are the server's, unique across regions (UUIDv7): a body naming one is refused with 400.
    const command = valueOrThrow(parseOpenPathway(commandInput(body, { candidateId: id, actingRegion: this.config.REGION, pathwayId: this.ids.newId() })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId: command.data.pathwayId };
  }

  @Post(':pathwayId/vae-admissibility-requests')
  @Authorize({ 'regional-officer': OWN_REGION, candidate: OWN_FILE })
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'File the dossier de recevabilité of a VAE pathway',
    success: { status: 201, description: 'Filed', schema: pathwayIdResponse },
    errors: [400, 404, 409],
    body: { schema: requestVaeAdmissibilityDataSchema, serverFields: ['candidateId', 'actingRegion', 'pathwayId'] },
  })
  async requestVaeAdmissibility(
    @IdParam('id') id: string,
    @IdParam('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ pathwayId: string }> {
    const command = valueOrThrow(parseRequestVaeAdmissibility(commandInput(body, { candidateId: id, actingRegion: this.config.REGION, pathwayId })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId };
  }

  @Post(':pathwayId/vae-admissibility-decision')
  @Authorize(officer)
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Decide VAE admissibility (rule VAE-EXPERIENCE)',
    success: { status: 200, description: 'Decided', schema: decisionResponse },
    errors: [400, 404, 409, 422],
    body: { schema: decideVaeAdmissibilityDataSchema, serverFields: ['candidateId', 'actingRegion', 'pathwayId'] },
  })
  async decideVaeAdmissibility(
    @IdParam('id') id: string,
    @IdParam('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @Origin() origin: CommandOrigin,
  ): Promise<{ pathwayId: string; outcome: string }> {
    const command = valueOrThrow(parseDecideVaeAdmissibility(commandInput(body, { candidateId: id, actingRegion: this.config.REGION, pathwayId })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId, outcome: command.data.outcome };
  }

  @Post(':pathwayId/withdrawal')
  @Authorize(officer)
  @ApiRoute({ summary: 'Withdraw the candidate from an open pathway', success: { status: 200, description: 'Withdrawn', schema: pathwayIdResponse }, errors: [404, 409] })
  async withdraw(@IdParam('id') id: string, @IdParam('pathwayId') pathwayId: string, @Origin() origin: CommandOrigin): Promise<{ pathwayId: string }> {
    const command = valueOrThrow(parseWithdrawPathway({ candidateId: id, actingRegion: this.config.REGION, pathwayId }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId };
  }
}
