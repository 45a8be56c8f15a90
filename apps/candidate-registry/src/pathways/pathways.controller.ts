import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  decideVaeAdmissibilityDataSchema,
  openPathwayDataSchema,
  requestVaeAdmissibilityDataSchema,
  withdrawPathwayDataSchema,
} from '@titrepro/domain-registry';
import { Authorize, CurrentCaller, SERVICE_CONFIG, type Caller } from '@titrepro/platform-nest';
import { randomUUID } from 'node:crypto';
import type { RegistryConfig } from '../config/registry-config';
import { assertOwnFileIfCandidate } from '../candidates/candidate-access';
import { bodySchema } from '../commands/body-schema';
import { bodyFields, CandidateCommands } from '../commands/candidate-commands';
import type { RequestOrigin } from '../commands/command-context.factory';
import { Origin } from '../commands/request-origin.decorator';

const officer = { roles: ['regional-officer'], ownRegionFor: ['regional-officer'] } as const;

/** A candidate's pathways towards titles, and the VAE dossier de recevabilité. */
@ApiTags('pathways')
@Controller('candidates/:id/pathways')
export class PathwaysController {
  constructor(
    private readonly commands: CandidateCommands,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Post()
  @Authorize(officer)
  @ApiBody({ schema: bodySchema(openPathwayDataSchema, ['candidateId', 'actingRegion', 'pathwayId']) })
  async open(@Param('id') id: string, @Body() body: unknown, @Origin() origin: RequestOrigin): Promise<{ pathwayId: string }> {
    const fields = bodyFields(body);
    const pathwayId = typeof fields['pathwayId'] === 'string' ? fields['pathwayId'] : randomUUID();
    const data = { ...fields, pathwayId, candidateId: id, actingRegion: this.config.REGION };
    await this.commands.run(id, { type: 'OpenPathway', data: data as never }, origin);
    return { pathwayId };
  }

  @Post(':pathwayId/vae-admissibility-requests')
  @Authorize({ roles: ['regional-officer', 'candidate'], ownRegionFor: ['regional-officer'] })
  @ApiBody({ schema: bodySchema(requestVaeAdmissibilityDataSchema, ['candidateId', 'actingRegion', 'pathwayId']) })
  async requestVaeAdmissibility(
    @Param('id') id: string,
    @Param('pathwayId') pathwayId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: RequestOrigin,
  ): Promise<{ pathwayId: string }> {
    assertOwnFileIfCandidate(caller, id);
    const data = { ...bodyFields(body), candidateId: id, actingRegion: this.config.REGION, pathwayId };
    await this.commands.run(id, { type: 'RequestVaeAdmissibility', data: data as never }, origin);
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
    @Origin() origin: RequestOrigin,
  ): Promise<{ pathwayId: string; outcome: unknown }> {
    const data: Record<string, unknown> = { ...bodyFields(body), candidateId: id, actingRegion: this.config.REGION, pathwayId };
    await this.commands.run(id, { type: 'DecideVaeAdmissibility', data: data as never }, origin);
    return { pathwayId, outcome: data['outcome'] };
  }

  @Post(':pathwayId/withdrawal')
  @HttpCode(200)
  @Authorize(officer)
  @ApiBody({ schema: bodySchema(withdrawPathwayDataSchema, ['candidateId', 'actingRegion', 'pathwayId']) })
  async withdraw(@Param('id') id: string, @Param('pathwayId') pathwayId: string, @Origin() origin: RequestOrigin): Promise<{ pathwayId: string }> {
    await this.commands.run(id, { type: 'WithdrawPathway', data: { candidateId: id, actingRegion: this.config.REGION, pathwayId } }, origin);
    return { pathwayId };
  }
}
