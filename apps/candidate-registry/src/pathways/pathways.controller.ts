import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  decideVaeAdmissibilityDataSchema,
  openPathwayDataSchema,
  parseDecideVaeAdmissibility,
  parseOpenPathway,
  parseRequestVaeAdmissibility,
  parseWithdrawPathway,
  requestVaeAdmissibilityDataSchema,
} from '@titrepro/domain-registry';
import { Authorize, CurrentCaller, SERVICE_CONFIG, valueOrThrow, type Caller } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { assertOwnFileIfCandidate } from '../candidates/candidate-access';
import { candidates } from '../candidates/candidate-aggregate';
import { bodySchema } from '../commands/body-schema';

const officer = { roles: ['regional-officer'], ownRegionFor: ['regional-officer'] } as const;

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
  @ApiBody({ schema: bodySchema(openPathwayDataSchema, ['candidateId', 'actingRegion']) })
  async open(@Param('id') id: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ pathwayId: string }> {
    const input = commandInput(body, { candidateId: id, actingRegion: this.config.REGION });
    const command = valueOrThrow(parseOpenPathway({ pathwayId: this.ids.newId(), ...input }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId: command.data.pathwayId };
  }

  @Post(':pathwayId/vae-admissibility-requests')
  @Authorize({ roles: ['regional-officer', 'candidate'], ownRegionFor: ['regional-officer'] })
  @ApiBody({ schema: bodySchema(requestVaeAdmissibilityDataSchema, ['candidateId', 'actingRegion', 'pathwayId']) })
  async requestVaeAdmissibility(
    @Param('id') id: string,
    @Param('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ pathwayId: string }> {
    assertOwnFileIfCandidate(caller, id);
    const command = valueOrThrow(parseRequestVaeAdmissibility(commandInput(body, { candidateId: id, actingRegion: this.config.REGION, pathwayId })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId };
  }

  @Post(':pathwayId/vae-admissibility-decision')
  @HttpCode(200)
  @Authorize(officer)
  @ApiBody({ schema: bodySchema(decideVaeAdmissibilityDataSchema, ['candidateId', 'actingRegion', 'pathwayId']) })
  async decideVaeAdmissibility(
    @Param('id') id: string,
    @Param('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @Origin() origin: CommandOrigin,
  ): Promise<{ pathwayId: string; outcome: string }> {
    const command = valueOrThrow(parseDecideVaeAdmissibility(commandInput(body, { candidateId: id, actingRegion: this.config.REGION, pathwayId })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId, outcome: command.data.outcome };
  }

  @Post(':pathwayId/withdrawal')
  @HttpCode(200)
  @Authorize(officer)
  async withdraw(@Param('id') id: string, @Param('pathwayId') pathwayId: string, @Origin() origin: CommandOrigin): Promise<{ pathwayId: string }> {
    const command = valueOrThrow(parseWithdrawPathway({ candidateId: id, actingRegion: this.config.REGION, pathwayId }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { pathwayId };
  }
}
